//! The checklist model as stored JSON, field by field. The rules are those of the format's first
//! version: unknown fields are refused, a missing field takes its default, `null` is allowed
//! only where a value is optional, and enums are kebab-case strings.

use super::json::Value;
use crate::checklist::answers::{Children, Housing, Person, SettlementRoute, Stage};
use crate::checklist::{Answers, AppData, Date, KeptLetter, Profile, Status, TaskState};
use std::collections::BTreeMap;

/// Why a value does not fit the model, naming the field.
pub type ShapeError = String;

/// An enum stored as a kebab-case name. Writing is an exhaustive match, so a new variant
/// without a name fails the build; reading one back is tested for every variant.
trait Named: Copy + 'static {
    fn name(self) -> &'static str;
    fn from_name(name: &str) -> Option<Self>;
}

impl Named for Status {
    fn name(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::Done => "done",
            Status::NotApplicable => "not-applicable",
        }
    }
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "not-started" => Some(Status::NotStarted),
            "done" => Some(Status::Done),
            "not-applicable" => Some(Status::NotApplicable),
            _ => None,
        }
    }
}

impl Named for Person {
    fn name(self) -> &'static str {
        match self {
            Person::Adult => "adult",
            Person::ChildUnder6 => "child-under-6",
            Person::Child6To15 => "child-6-15",
            Person::Child16To17 => "child-16-17",
        }
    }
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "adult" => Some(Person::Adult),
            "child-under-6" => Some(Person::ChildUnder6),
            "child-6-15" => Some(Person::Child6To15),
            "child-16-17" => Some(Person::Child16To17),
            _ => None,
        }
    }
}

impl Named for Housing {
    fn name(self) -> &'static str {
        match self {
            Housing::Emergency => "emergency",
            Housing::ReceptionCentre => "reception-centre",
            Housing::Private => "private",
            Housing::Settled => "settled",
        }
    }
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "emergency" => Some(Housing::Emergency),
            "reception-centre" => Some(Housing::ReceptionCentre),
            "private" => Some(Housing::Private),
            "settled" => Some(Housing::Settled),
            _ => None,
        }
    }
}

impl Named for Stage {
    fn name(self) -> &'static str {
        match self {
            Stage::NotInNorway => "not-in-norway",
            Stage::JustArrived => "just-arrived",
            Stage::HavePermit => "have-permit",
        }
    }
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "not-in-norway" => Some(Stage::NotInNorway),
            "just-arrived" => Some(Stage::JustArrived),
            "have-permit" => Some(Stage::HavePermit),
            _ => None,
        }
    }
}

impl Named for SettlementRoute {
    fn name(self) -> &'static str {
        match self {
            SettlementRoute::Imdi => "imdi",
            SettlementRoute::SelfSettlement => "self-settlement",
            SettlementRoute::Undecided => "undecided",
        }
    }
    fn from_name(name: &str) -> Option<Self> {
        match name {
            "imdi" => Some(SettlementRoute::Imdi),
            "self-settlement" => Some(SettlementRoute::SelfSettlement),
            "undecided" => Some(SettlementRoute::Undecided),
            _ => None,
        }
    }
}

// Each object's field names, in the order they are written; the reader accepts only these.
const DATA: [&str; 2] = ["profiles", "active"];
const PROFILE: [&str; 5] = ["id", "name", "answers", "asked", "tasks"];
/// Written after "name" only for a child, so an adult's profile is stored as before version 3.
const PERSON: &str = "person";
/// Written last, and only when a letter is kept, so a profile without one is stored as before
/// version 4.
const LETTERS: &str = "letters";
const LETTER: [&str; 2] = ["saved", "text"];
const TASK: [&str; 5] = ["status", "date", "time", "place", "note"];
const ANSWERS: [&str; 5] = [
    "housing",
    "children",
    "aged_18_to_55",
    "has_norwegian_bank",
    "route",
];
const CHILDREN: [&str; 4] = ["under_6", "age_6_to_15", "age_16_to_17", "born_in_norway"];

pub fn write(d: &AppData) -> Value {
    let profiles = d.profiles.iter().map(profile).collect();
    object(DATA, [Value::Array(profiles), Value::Int(d.active.into())])
}

pub fn read(v: &Value) -> Result<AppData, ShapeError> {
    let [profiles, active] = fields(v, "data", DATA)?;
    let profiles = match required(profiles, "profiles")? {
        Value::Array(items) => items.iter().map(read_profile).collect::<Result<_, _>>()?,
        _ => return Err("profiles: expected a list".into()),
    };
    Ok(AppData {
        profiles,
        active: whole(required(active, "active")?, "active")?,
    })
}

fn profile(p: &Profile) -> Value {
    let tasks = p.tasks.iter().map(|(id, t)| (id.clone(), task(t)));
    let mut v = object(
        PROFILE,
        [
            Value::Int(p.id.into()),
            text(&p.name),
            answers(&p.answers),
            Value::Bool(p.asked),
            Value::Object(tasks.collect()),
        ],
    );
    if let (Value::Object(members), true) = (&mut v, p.person.is_child()) {
        members.insert(2, (PERSON.into(), named(p.person)));
    }
    if let (Value::Object(members), false) = (&mut v, p.letters.is_empty()) {
        let letters = p.letters.iter().map(|l| {
            object(
                LETTER,
                [Value::Str(l.saved.to_string()), Value::Str(l.text.clone())],
            )
        });
        members.push((LETTERS.into(), Value::Array(letters.collect())));
    }
    v
}

fn read_letter(v: &Value) -> Result<KeptLetter, ShapeError> {
    let [saved, text] = fields(v, "letter", LETTER)?;
    let saved = string(required(saved, "saved")?, "saved")?;
    Ok(KeptLetter {
        saved: Date::parse(&saved).ok_or_else(|| format!("saved: not a date: {saved}"))?,
        text: string(required(text, "text")?, "text")?,
    })
}

fn read_profile(v: &Value) -> Result<Profile, ShapeError> {
    // "person" is the one field that may be missing without a default of its own: an adult.
    let (person, rest) = take_optional(v, PERSON, "profile")?;
    let person = match person {
        None => Person::Adult,
        Some(v) => one_of(&v, PERSON)?,
    };
    let (letters, rest) = take_optional(&rest, LETTERS, "profile")?;
    let letters = match letters {
        None => Vec::new(),
        Some(Value::Array(items)) => items.iter().map(read_letter).collect::<Result<_, _>>()?,
        Some(_) => return Err("letters: expected a list".into()),
    };
    let v = &rest;
    let [id, name, answers, asked, tasks] = fields(v, "profile", PROFILE)?;
    let mut read_tasks = BTreeMap::new();
    if let Some(tasks) = tasks {
        let Value::Object(members) = tasks else {
            return Err("tasks: expected an object".into());
        };
        for (id, t) in members {
            if read_tasks.insert(id.clone(), read_task(t)?).is_some() {
                return Err(format!("tasks: \"{id}\" appears twice"));
            }
        }
    }
    Ok(Profile {
        id: whole(required(id, "id")?, "id")?,
        name: read_opt(name, |v| string(v, "name"))?,
        person,
        answers: answers.map_or(Ok(Answers::default()), read_answers)?,
        asked: asked.map_or(Ok(false), |v| boolean(v, "asked"))?,
        tasks: read_tasks,
        letters,
    })
}

fn task(t: &TaskState) -> Value {
    object(
        TASK,
        [
            named(t.status),
            opt(&t.date, |d| Value::Str(d.to_string())),
            text(&t.time),
            text(&t.place),
            text(&t.note),
        ],
    )
}

fn read_task(v: &Value) -> Result<TaskState, ShapeError> {
    let [status, date, time, place, note] = fields(v, "task", TASK)?;
    let text = |v: Option<&Value>, what| read_opt(v, |v| string(v, what));
    Ok(TaskState {
        status: status.map_or(Ok(Status::default()), |v| one_of(v, "status"))?,
        date: read_opt(date, |v| {
            let s = string(v, "date")?;
            Date::parse(&s).ok_or_else(|| format!("date: not a date: {s}"))
        })?,
        time: text(time, "time")?,
        place: text(place, "place")?,
        note: text(note, "note")?,
    })
}

/// Written first, and only once answered, so answers without it are stored as before version 3.
const STAGE: &str = "stage";

fn answers(a: &Answers) -> Value {
    let flag = |b: &Option<bool>| opt(b, |b| Value::Bool(*b));
    let mut v = object(
        ANSWERS,
        [
            opt(&a.housing, |h| named(*h)),
            opt(&a.children, children),
            flag(&a.aged_18_to_55),
            flag(&a.has_norwegian_bank),
            opt(&a.route, |r| named(*r)),
        ],
    );
    if let (Value::Object(members), Some(stage)) = (&mut v, a.stage) {
        members.insert(0, (STAGE.into(), named(stage)));
    }
    v
}

/// Takes an optional member out of an object, for a field written only when it has a value.
fn take_optional(v: &Value, name: &str, what: &str) -> Result<(Option<Value>, Value), ShapeError> {
    let Value::Object(members) = v else {
        return Err(format!("{what}: expected an object"));
    };
    let (found, rest): (Vec<_>, Vec<_>) = members.iter().cloned().partition(|(n, _)| n == name);
    if found.len() > 1 {
        return Err(format!("{what}: \"{name}\" appears twice"));
    }
    Ok((
        found.into_iter().next().map(|(_, v)| v),
        Value::Object(rest),
    ))
}

fn read_answers(v: &Value) -> Result<Answers, ShapeError> {
    let (stage, rest) = take_optional(v, STAGE, "answers")?;
    let stage = match stage {
        None | Some(Value::Null) => None,
        Some(v) => Some(one_of(&v, STAGE)?),
    };
    let [housing, kids, adult, bank, route] = fields(&rest, "answers", ANSWERS)?;
    Ok(Answers {
        stage,
        housing: read_opt(housing, |v| one_of(v, "housing"))?,
        children: read_opt(kids, read_children)?,
        aged_18_to_55: read_opt(adult, |v| boolean(v, "aged_18_to_55"))?,
        has_norwegian_bank: read_opt(bank, |v| boolean(v, "has_norwegian_bank"))?,
        route: read_opt(route, |v| one_of(v, "route"))?,
    })
}

fn children(c: &Children) -> Value {
    let flags = [c.under_6, c.age_6_to_15, c.age_16_to_17, c.born_in_norway];
    object(CHILDREN, flags.map(Value::Bool))
}

fn read_children(v: &Value) -> Result<Children, ShapeError> {
    let found = fields(v, "children", CHILDREN)?;
    let mut flags = [false; 4];
    for ((flag, value), name) in flags.iter_mut().zip(found).zip(CHILDREN) {
        *flag = value.map_or(Ok(false), |v| boolean(v, name))?;
    }
    let [under_6, age_6_to_15, age_16_to_17, born_in_norway] = flags;
    Ok(Children {
        under_6,
        age_6_to_15,
        age_16_to_17,
        born_in_norway,
    })
}

fn object<const N: usize>(names: [&str; N], values: [Value; N]) -> Value {
    let members = names.iter().zip(values);
    Value::Object(members.map(|(n, v)| (n.to_string(), v)).collect())
}

fn text(s: &Option<String>) -> Value {
    opt(s, |s| Value::Str(s.clone()))
}

/// An enum value as its stored name.
fn named(value: impl Named) -> Value {
    Value::Str(value.name().into())
}

fn opt<T>(value: &Option<T>, write: impl Fn(&T) -> Value) -> Value {
    value.as_ref().map_or(Value::Null, write)
}

/// The members of an object, by the names it may have; anything else is an error.
fn fields<'v, const N: usize>(
    v: &'v Value,
    what: &str,
    names: [&str; N],
) -> Result<[Option<&'v Value>; N], ShapeError> {
    let Value::Object(members) = v else {
        return Err(format!("{what}: expected an object"));
    };
    let mut found = [None; N];
    for (name, value) in members {
        let Some(i) = names.iter().position(|n| n == name) else {
            return Err(format!("{what}: unknown field \"{name}\""));
        };
        if found[i].replace(value).is_some() {
            return Err(format!("{what}: \"{name}\" appears twice"));
        }
    }
    Ok(found)
}

fn required<'v>(v: Option<&'v Value>, what: &str) -> Result<&'v Value, ShapeError> {
    v.ok_or_else(|| format!("{what}: missing"))
}

/// An optional field: missing and `null` both mean none.
fn read_opt<T>(
    v: Option<&Value>,
    read: impl FnOnce(&Value) -> Result<T, ShapeError>,
) -> Result<Option<T>, ShapeError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(v) => read(v).map(Some),
    }
}

fn boolean(v: &Value, what: &str) -> Result<bool, ShapeError> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => Err(format!("{what}: expected true or false")),
    }
}

fn string(v: &Value, what: &str) -> Result<String, ShapeError> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(format!("{what}: expected a string")),
    }
}

fn whole(v: &Value, what: &str) -> Result<u32, ShapeError> {
    match v {
        Value::Int(n) => u32::try_from(*n).map_err(|_| format!("{what}: out of range")),
        _ => Err(format!("{what}: expected a whole number")),
    }
}

fn one_of<T: Named>(v: &Value, what: &str) -> Result<T, ShapeError> {
    let name = string(v, what)?;
    T::from_name(&name).ok_or_else(|| format!("{what}: unknown value \"{name}\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray;

    fn round_trips<T: Named + VariantArray + PartialEq + std::fmt::Debug>() {
        for &v in T::VARIANTS {
            assert_eq!(T::from_name(v.name()), Some(v), "{v:?} reads back");
        }
        let names: Vec<_> = T::VARIANTS.iter().map(|v| v.name()).collect();
        assert!(
            names
                .iter()
                .enumerate()
                .all(|(i, n)| !names[..i].contains(n))
        );
    }

    #[test]
    fn every_enum_value_reads_back_as_written() {
        round_trips::<Status>();
        round_trips::<Housing>();
        round_trips::<SettlementRoute>();
        round_trips::<Person>();
        round_trips::<Stage>();
    }
}
