//! The five questions that tailor the checklist. Every answer can stay "don't know".

use crate::checklist::answers::{Answers, Children, Housing, SettlementRoute, Stage};
use crate::checklist::tasks::TaskId;
use crate::checklist::{Change, Date, TaskState};
use crate::platform::checklist::use_checklist;
use crate::state::UnsavedAnswers;
use crate::tr;
use leptos::prelude::*;

/// The questionnaire's fields; `answers` is None once the questionnaire is gone.
#[derive(Clone, Copy)]
struct Draft {
    stage: RwSignal<Option<Stage>>,
    housing: RwSignal<Option<Housing>>,
    children: RwSignal<Option<Children>>,
    age: RwSignal<Option<bool>>,
    bank: RwSignal<Option<bool>>,
    route: RwSignal<Option<SettlementRoute>>,
}

impl Draft {
    fn new(a: Answers) -> Draft {
        Draft {
            stage: RwSignal::new(a.stage),
            housing: RwSignal::new(a.housing),
            children: RwSignal::new(a.children),
            age: RwSignal::new(a.aged_18_to_55),
            bank: RwSignal::new(a.has_norwegian_bank),
            route: RwSignal::new(a.route),
        }
    }

    fn answers(self) -> Option<Answers> {
        Some(Answers {
            stage: self.stage.try_get_untracked()?,
            housing: self.housing.try_get_untracked()?,
            children: self.children.try_get_untracked()?,
            aged_18_to_55: self.age.try_get_untracked()?,
            has_norwegian_bank: self.bank.try_get_untracked()?,
            route: self.route.try_get_untracked()?,
        })
    }

    fn reset(self, a: Answers) {
        self.stage.set(a.stage);
        self.housing.set(a.housing);
        self.children.set(a.children);
        self.age.set(a.aged_18_to_55);
        self.bank.set(a.has_norwegian_bank);
        self.route.set(a.route);
    }
}

/// A group of radio buttons bound to one answer.
fn radios<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    legend: AnyView,
    value: RwSignal<Option<T>>,
    options: Vec<(Option<T>, AnyView)>,
) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{legend}</legend>
            {options.into_iter().enumerate().map(|(i, (v, label))| {
                let id = format!("{name}-{i}");
                view! {
                    <div class="choice">
                        <input type="radio" name=name id=id.clone() prop:checked=move || value.get() == v on:change=move |_| value.set(v) />
                        <label for=id>{label}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
pub fn Questionnaire(#[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let checklist = use_checklist();
    let (person, stored) = checklist
        .data()
        .with_untracked(|d| (d.active, d.active().answers));
    let draft = Draft::new(stored);
    // "Since when?" for a permit: the first-permit task's date (five years on, a reminder).
    let first_permit = checklist
        .data()
        .with_untracked(|d| d.active().task(TaskId::FirstPermit.as_str()));
    let permit_since = RwSignal::new(first_permit.date);
    let first_permit = StoredValue::new(first_permit);
    let Draft {
        stage,
        housing,
        children,
        age,
        bank,
        route,
    } = draft;
    if let Some(u) = use_context::<UnsavedAnswers>() {
        u.track(person, Signal::derive(move || draft.answers()));
    }
    let yes_no = |v: RwSignal<Option<bool>>, name, legend| {
        radios(
            name,
            legend,
            v,
            vec![
                (Some(true), tr!(questions.yes).into_any()),
                (Some(false), tr!(questions.no).into_any()),
                (None, tr!(questions.unknown).into_any()),
            ],
        )
    };
    let child_box = |id: &'static str,
                     label: AnyView,
                     get: fn(&Children) -> bool,
                     set: fn(&mut Children, bool)| {
        view! {
            <div class="choice">
                <input type="checkbox" id=id
                    prop:checked=move || children.get().is_some_and(|c| get(&c))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        children.update(|c| { let mut n = c.unwrap_or_default(); set(&mut n, on); *c = Some(n); });
                    } />
                <label for=id>{label}</label>
            </div>
        }
    };
    // "Skip" leaves the stored answers as they were, and the form shows them again.
    let finish = move |save: bool| {
        let answers = draft.answers().unwrap_or(stored);
        let (profile, current) = checklist
            .data()
            .with_untracked(|d| (d.active, d.active().answers));
        if !save {
            draft.reset(current);
        }
        let mut changes = vec![Change::Answers {
            profile,
            answers: save.then_some(answers),
        }];
        let since = permit_since.get_untracked();
        let before = first_permit.get_value();
        if save && answers.stage == Some(Stage::HavePermit) && since != before.date {
            let state = TaskState {
                date: since,
                ..before
            };
            changes.push(Change::Task(TaskId::FirstPermit, state));
        }
        // "Saved" only when it was: a full quota says so in its own banner.
        if checklist.update(changes).is_ok() {
            on_done.run(());
        }
    };
    view! {
        <form class="questionnaire" on:submit=move |ev| { ev.prevent_default(); finish(true); }>
            // Every answer and both buttons at once, while the stored data is a newer build's.
            <fieldset class="plain" disabled=checklist.read_only()>
            {radios("stage", tr!(questions.stage).into_any(), stage, vec![
                (Some(Stage::NotInNorway), tr!(questions.stage_not_in_norway).into_any()),
                (Some(Stage::JustArrived), tr!(questions.stage_arrived).into_any()),
                (Some(Stage::HavePermit), tr!(questions.stage_permit).into_any()),
                (None, tr!(questions.unknown).into_any()),
            ])}
            <Show when=move || stage.get() == Some(Stage::HavePermit)>
                <div class="task-fields">
                    <label for="permit-since">{tr!(questions.permit_since)}</label>
                    <input type="date" id="permit-since"
                        prop:value=move || permit_since.get().map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| permit_since.set(Date::parse(&event_target_value(&ev))) />
                </div>
            </Show>
            {radios("housing", tr!(questions.housing).into_any(), housing, vec![
                (Some(Housing::Emergency), tr!(questions.housing_emergency).into_any()),
                (Some(Housing::ReceptionCentre), tr!(questions.housing_centre).into_any()),
                (Some(Housing::Private), tr!(questions.housing_private).into_any()),
                (Some(Housing::Settled), tr!(questions.housing_settled).into_any()),
                (None, tr!(questions.unknown).into_any()),
            ])}
            <fieldset>
                <legend>{tr!(questions.children)}</legend>
                <div class="choice">
                    <input type="checkbox" id="no-children"
                        prop:checked=move || children.get() == Some(Children::default())
                        on:change=move |ev| children.set(event_target_checked(&ev).then(Children::default)) />
                    <label for="no-children">{tr!(questions.no_children)}</label>
                </div>
                {child_box("child-under-6", tr!(questions.child_under_6).into_any(), |c| c.under_6, |c, v| c.under_6 = v)}
                {child_box("child-6-15", tr!(questions.child_6_15).into_any(), |c| c.age_6_to_15, |c, v| c.age_6_to_15 = v)}
                {child_box("child-16-17", tr!(questions.child_16_17).into_any(), |c| c.age_16_to_17, |c, v| c.age_16_to_17 = v)}
                {child_box("child-baby", tr!(questions.baby).into_any(), |c| c.born_in_norway, |c, v| c.born_in_norway = v)}
            </fieldset>
            {yes_no(age, "age", tr!(questions.age).into_any())}
            {yes_no(bank, "bank", tr!(questions.bank).into_any())}
            {radios("route", tr!(questions.route).into_any(), route, vec![
                (Some(SettlementRoute::Imdi), tr!(questions.route_imdi).into_any()),
                (Some(SettlementRoute::SelfSettlement), tr!(questions.route_self).into_any()),
                (Some(SettlementRoute::Undecided), tr!(questions.route_undecided).into_any()),
            ])}
            <div class="actions">
                <button type="submit">{tr!(questions.save)}</button>
                <button type="button" class="secondary" on:click=move |_| finish(false)>{tr!(questions.skip)}</button>
            </div>
            </fieldset>
        </form>
    }
}
