//! A stable sort for the app's short lists (reminders, search hits: tens, at most a few hundred
//! items). The standard library's sort is about 3 KB of wasm for each element type; this one is a
//! few hundred bytes, and on lists this short it is as fast.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (insertion sort).
pub fn stable_sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stable_sort_by;

    #[test]
    fn sorts_and_keeps_equal_items_in_order() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        stable_sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(
            v,
            [(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]
        );
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A fixed pseudo-random sequence, compared on the first field only.
        let mut seed = 7u32;
        let mut v: Vec<(u32, usize)> = (0..300)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 17, i)
            })
            .collect();
        let mut expected = v.clone();
        expected.sort_by_key(|x| x.0);
        stable_sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, expected);
        let mut empty: [u8; 0] = [];
        stable_sort_by(&mut empty, |a, b| a.cmp(b));
    }
}
