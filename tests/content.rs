//! The guidance, checked from the data: complete in every language, every number and address
//! from the registries, every page sourced and dated, every page reachable.

use std::collections::HashSet;
use veiviser::content::journey::{self, Kind, STEPS, TOPICS};
use veiviser::content::markup::{Block, Inline, parse};
use veiviser::content::registry::{self, CONTACTS, LINKS};
use veiviser::content::sources::{AsOf, Seed};
use veiviser::content::text::{PageText, contact_hours, link_label, page_text, source_text};
use veiviser::lang::Lang;

fn text(p: &journey::Page, l: Lang) -> PageText {
    page_text(p, l).unwrap_or_else(|| panic!("{} has no texts in {}", p.id, l.code()))
}

#[test]
fn the_six_steps_keep_their_public_ids_and_order() {
    let ids: Vec<_> = STEPS.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "registration",
            "tb-test",
            "d-number",
            "eid",
            "residence-card",
            "settlement"
        ]
    );
    for id in [
        "eligibility",
        "waiting",
        "rights",
        "introduction-programme",
        "online-user",
        "extension",
        "travel",
        "child-born-in-norway",
        "return",
        "rejected",
        "help",
    ] {
        assert!(journey::find(Kind::Topic, id).is_some(), "topic {id}");
    }
}

#[test]
fn ids_are_unique_and_url_safe() {
    let mut seen = HashSet::new();
    for p in journey::all() {
        assert!(seen.insert((p.kind, p.id)), "duplicate {}", p.id);
        assert!(
            !p.id.is_empty() && p.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}",
            p.id
        );
    }
}

#[test]
fn every_page_has_every_text_in_every_language() {
    for p in journey::all() {
        let uk = text(p, Lang::Uk);
        for l in Lang::ALL {
            let t = text(p, l);
            for (field, s) in [("title", t.title), ("summary", t.summary)]
                .into_iter()
                .chain(["what", "todo", "next"].into_iter().zip(t.bodies()))
            {
                assert!(
                    !s.trim().is_empty(),
                    "{} {} {field} is empty",
                    p.id,
                    l.code()
                );
            }
            if l != Lang::Uk {
                // leptos_i18n falls back to Ukrainian silently; a copy means a missing translation.
                assert_ne!(
                    t.title,
                    uk.title,
                    "{} title in {} is the Ukrainian one",
                    p.id,
                    l.code()
                );
                assert_ne!(
                    t.todo,
                    uk.todo,
                    "{} todo in {} is the Ukrainian one",
                    p.id,
                    l.code()
                );
            }
        }
    }
}

#[test]
fn every_language_has_the_same_block_structure() {
    // So the Norwegian text can be shown beside the person's own, block for block.
    for p in journey::all() {
        let shape = |l: Lang| -> Vec<Vec<String>> {
            text(p, l)
                .bodies()
                .iter()
                .map(|b| parse(b).iter().map(Block::shape).collect())
                .collect()
        };
        let reference = shape(Lang::En);
        for l in Lang::ALL {
            assert_eq!(
                shape(l),
                reference,
                "{} in {} differs in structure from English",
                p.id,
                l.code()
            );
        }
    }
}

fn references(l: Lang) -> Vec<(String, Inline<'static>)> {
    let mut out = Vec::new();
    for p in journey::all() {
        for body in text(p, l).bodies() {
            for block in parse(body) {
                for run in block.inlines() {
                    out.push((p.id.to_string(), run.clone()));
                }
            }
        }
    }
    out
}

#[test]
fn every_number_and_link_used_is_in_the_registries() {
    for l in Lang::ALL {
        for (page, run) in references(l) {
            match run {
                Inline::Tel(id) => assert!(registry::contact(id).is_some(), "{page}: [tel:{id}]"),
                Inline::Link(id) => assert!(registry::link(id).is_some(), "{page}: [link:{id}]"),
                Inline::Text(_) => {}
            }
        }
    }
}

#[test]
fn every_registry_entry_is_used_and_labelled() {
    let used: Vec<_> = references(Lang::En).into_iter().map(|(_, r)| r).collect();
    for c in CONTACTS {
        assert!(
            used.contains(&Inline::Tel(c.id)),
            "contact {} is never shown",
            c.id
        );
        assert!(
            c.tel.bytes().all(|b| b.is_ascii_digit() || b == b'+'),
            "{}",
            c.tel
        );
        assert_eq!(
            c.display.replace(' ', ""),
            c.tel,
            "{} display and tel differ",
            c.id
        );
        for l in Lang::ALL {
            assert_eq!(
                contact_hours(c.id, l).is_some(),
                c.has_hours,
                "{} hours in {}",
                c.id,
                l.code()
            );
        }
    }
    for link in LINKS {
        assert!(
            used.contains(&Inline::Link(link.id)),
            "link {} is never shown",
            link.id
        );
        assert!(link.url.starts_with("https://"), "{}", link.url);
        for l in Lang::ALL {
            assert!(
                link_label(link.id, l).is_some(),
                "{} has no label in {}",
                link.id,
                l.code()
            );
        }
    }
}

#[test]
fn numbers_and_addresses_come_from_the_seeds() {
    let seeds = |seed: Seed| {
        let path = format!(
            "{}/../shared/seeds/{}",
            env!("CARGO_MANIFEST_DIR"),
            seed.file()
        );
        std::fs::read_to_string(&path).ok()
    };
    // The seeds use narrow no-break spaces inside numbers.
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let mut checked = 0;
    for c in CONTACTS {
        if let Some(src) = seeds(c.source) {
            assert!(
                squeeze(&src).contains(c.tel.trim_start_matches("+47")),
                "{} not in its seed",
                c.id
            );
            checked += 1;
        }
    }
    for l in LINKS {
        if let Some(src) = seeds(l.source) {
            assert!(
                src.contains(l.named),
                "{}: '{}' not in its seed",
                l.id,
                l.named
            );
            checked += 1;
        }
    }
    if checked == 0 {
        eprintln!(
            "note: ../shared/seeds is not beside this checkout; registry provenance not checked"
        );
    }
}

#[test]
fn no_text_carries_its_own_number_or_address() {
    for l in Lang::ALL {
        for p in journey::all() {
            let t = text(p, l);
            for s in [t.title, t.summary].into_iter().chain(t.bodies()) {
                for bad in ["http", "www.", "://", "+47"] {
                    assert!(
                        !s.contains(bad),
                        "{} ({}): '{bad}' outside the registries",
                        p.id,
                        l.code()
                    );
                }
                // A run of 5 or more digits (spaces allowed) is a phone number.
                let mut digits = 0;
                for ch in s.chars() {
                    match ch {
                        '0'..='9' => digits += 1,
                        ' ' => {}
                        _ => digits = 0,
                    }
                    assert!(
                        digits < 5,
                        "{} ({}): a phone number outside the registries",
                        p.id,
                        l.code()
                    );
                }
            }
        }
    }
}

#[test]
fn every_page_names_a_source_and_its_date() {
    for p in journey::all() {
        assert!(!p.sources.is_empty(), "{} has no source", p.id);
    }
    for seed in Seed::ALL {
        for l in Lang::ALL {
            let (name, date) = source_text(seed, l);
            assert!(
                !name.is_empty() && !date.is_empty(),
                "{seed:?} in {}",
                l.code()
            );
            match seed.as_of() {
                AsOf::Day { year, .. } | AsOf::Year(year) => {
                    assert!(
                        date.contains(&year.to_string()),
                        "{seed:?} date in {}",
                        l.code()
                    )
                }
                AsOf::Undated => {}
            }
        }
    }
}

#[test]
fn every_page_is_reachable_from_home() {
    // Home lists the steps; topics are reached through the steps' and topics' links.
    let mut reached: HashSet<&str> = STEPS.iter().map(|s| s.id).collect();
    let mut frontier: Vec<_> = STEPS.iter().collect();
    while let Some(p) = frontier.pop() {
        for id in p.related {
            let topic =
                journey::find(Kind::Topic, id).unwrap_or_else(|| panic!("{}: unknown {id}", p.id));
            if reached.insert(topic.id) {
                frontier.push(topic);
            }
        }
        for id in p.after {
            assert!(
                journey::find(Kind::Step, id).is_some(),
                "{}: unknown step {id}",
                p.id
            );
        }
    }
    for t in TOPICS {
        assert!(
            reached.contains(t.id),
            "topic {} is linked from no step",
            t.id
        );
    }
}

#[test]
fn at_least_fifteen_phrase_cards_in_every_language() {
    use veiviser::content::phrases;
    assert!(phrases::all().count() >= 15);
    for (place, ids) in phrases::PLACES {
        for l in Lang::ALL {
            assert!(
                phrases::place(place, l).is_some_and(|s| !s.is_empty()),
                "{place} {}",
                l.code()
            );
        }
        for id in *ids {
            let nb = phrases::phrase(id, Lang::Nb).unwrap_or_else(|| panic!("{id}"));
            for l in [Lang::Uk, Lang::Ru, Lang::En] {
                let own = phrases::phrase(id, l).unwrap();
                assert_ne!(own, nb, "{id} in {} is the Norwegian text", l.code());
            }
        }
    }
}
