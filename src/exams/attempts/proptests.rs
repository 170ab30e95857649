//! Properties of the answers a learner sends (`PUT /attempts/{id}/answers/{question}`, body
//! `{"selected": [...]}`): any list of option ids is taken or refused by the paper's rules, never
//! anything else.

use proptest::prelude::*;

use super::*;
use crate::test_support::proptest_config;

/// Option ids as a paper places them, and as a client may send them: placed ones, unknown ones,
/// repeats, empty and odd strings.
fn option_id() -> impl Strategy<Value = String> {
    prop_oneof![8 => "o-[a-e]", 1 => any::<String>(), 1 => Just(String::new())]
}

proptest! {
    #![proptest_config(proptest_config())]

    #[test]
    fn chosen_options_are_placed_ones_once_each_in_the_order_chosen(
        placed in proptest::collection::btree_set("o-[a-e]", 0..6),
        chosen in proptest::collection::vec(option_id(), 0..8),
        kind in prop_oneof![Just("single"), Just("multiple"), Just("true_false"), Just("")],
    ) {
        let placed: Vec<PlacedOption> = placed.into_iter().enumerate().map(|(index, id)| PlacedOption { id, index }).collect();
        let is_placed = |id: &String| placed.iter().any(|p| &p.id == id);
        let mut first_seen: Vec<String> = Vec::new();
        for id in &chosen {
            if !first_seen.contains(id) {
                first_seen.push(id.clone());
            }
        }
        match chosen_options(&placed, kind, &chosen) {
            Ok(unique) => {
                prop_assert!(chosen.iter().all(is_placed));
                prop_assert_eq!(&unique, &first_seen);
                prop_assert!(kind == "multiple" || unique.len() <= 1);
            }
            Err(AppError::Validation(errors)) => {
                prop_assert!(errors.contains_key("selected"));
                prop_assert!(!chosen.iter().all(is_placed) || (kind != "multiple" && first_seen.len() > 1));
            }
            Err(other) => prop_assert!(false, "unexpected {:?}", other),
        }
    }
}
