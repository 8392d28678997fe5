//! The eight lessons of the course, and the one registry that lists them.
//!
//! A lesson is a folder: `model.rs` (its state, presets, derived values, table rows and URL
//! keys; plain Rust, tested on the host) and a view of small components; the struct of its
//! strings is in `i18n/lesson_text.rs`, filled in by `i18n/en/` and `i18n/zh/`. The
//! [`lessons!`] line of a lesson is all the rest of the crate needs: the view ids, their order,
//! reading and writing links, the navigation, the titles and the dispatch below follow from
//! it. Forgetting a part (the state's [`LessonState`] impl, its `lesson_words!` line, a text) is a
//! compile error. `docs/architecture.md` walks through adding one.

pub mod kit;

use leptos::prelude::*;

use crate::i18n::{Strings, ViewText};
use crate::state::query::Reader;
use crate::state::LessonState;

/// Declares the lessons in course order: `Variant => folder, "view-id", State, Component;`.
macro_rules! lessons {
    ($( $(#[doc = $doc:literal])* $variant:ident => $folder:ident, $id:literal, $state:ident, $component:ident; )*) => {
        $( pub mod $folder; )*

        /// One step of the course, in course order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ViewId {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl ViewId {
            /// Every view, in course order (`ALL[v.index()] == v`).
            pub const ALL: [ViewId; [$($id),*].len()] = [$(ViewId::$variant),*];

            /// The identifier in `?view=`.
            pub fn id(self) -> &'static str {
                match self {
                    $( ViewId::$variant => $id, )*
                }
            }

            /// The position in the course, 0 for the first view: the order of the registry.
            pub fn index(self) -> usize {
                self as usize
            }
        }

        /// The state of the view on screen.
        #[derive(Clone, Debug, PartialEq)]
        pub enum ViewState {
            $( $variant($folder::$state), )*
        }

        impl ViewState {
            /// The contract's default state of `view`.
            pub fn default_for(view: ViewId) -> ViewState {
                match view {
                    $( ViewId::$variant => ViewState::$variant(Default::default()), )*
                }
            }

            /// The view this state belongs to.
            pub fn view(&self) -> ViewId {
                match self {
                    $( ViewState::$variant(_) => ViewId::$variant, )*
                }
            }

            /// Reads the state of `view`: each parameter that cannot be used falls back.
            pub(crate) fn read(view: ViewId, reader: &mut Reader) -> ViewState {
                match view {
                    $( ViewId::$variant => ViewState::$variant(<$folder::$state as LessonState>::read(reader)), )*
                }
            }

            /// Writes the state's parameters, each as `&name=value`, in the contract's order.
            pub(crate) fn write(&self, out: &mut String) {
                match self {
                    $( ViewState::$variant(state) => state.write(out), )*
                }
            }
        }

        /// The URL parameters of every lesson, for the query splitter.
        pub(crate) const LESSON_KEYS: [&[&str]; ViewId::ALL.len()] =
            [$( <$folder::$state as LessonState>::KEYS, )*];

        impl Strings {
            /// The title and bridge sentence of `view`.
            pub fn view_text(&self, view: ViewId) -> &ViewText {
                &self.views[view.index()]
            }
        }

        /// The practice templates of `view`, in the order its questions are shown.
        pub fn practice_templates(view: ViewId) -> &'static [kit::practice::Template] {
            match view {
                $( ViewId::$variant => $folder::PRACTICE, )*
            }
        }

        /// Each lesson's view behind a split point: the release build (`scripts/split.sh`)
        /// cuts its code into chunks of its own, fetched the first time the lesson is shown.
        /// What follows its readouts is a second split point, declared in the lesson's view
        /// and fetched once the readouts are in the page (`kit::Later`).
        /// `fallible`: a chunk that fails to load (offline, a server error) is an `Err` the
        /// shell can show with a retry, where a panic would abort the whole page.
        mod loaders {
            use super::*;
            $(
                pub mod $folder {
                    use super::*;
                    #[leptos::wasm_split::wasm_split($folder, wasm_split_path = ::leptos::wasm_split, fallible)]
                    pub fn load() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
                        Ok(super::super::$folder::$component().into_any())
                    }
                }
            )*

            /// The practice panel and every lesson's templates: one chunk, fetched once the
            /// view's readouts are on screen, and then at hand for every lesson.
            #[leptos::wasm_split::wasm_split(practice, wasm_split_path = ::leptos::wasm_split, fallible)]
            pub fn practice(
                view: ViewId,
                show: Callback<ViewState>,
            ) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
                let templates = super::practice_templates(view);
                Ok(view! { <kit::practice::PracticePanel view templates show /> }.into_any())
            }
        }

        /// The lesson of a view, once its code has loaded; `Err` when it could not be fetched.
        /// `into_any` at this boundary keeps each lesson's view type from multiplying generic
        /// code through the shell.
        pub async fn lesson(view: ViewId) -> Result<AnyView, LessonLoadError> {
            let loaded = match view {
                $( ViewId::$variant => loaders::$folder::load().await, )*
            };
            loaded.map_err(|_| LessonLoadError)
        }

        /// The practice panel of `view`, once its code has loaded.
        pub async fn practice(
            view: ViewId,
            show: Callback<ViewState>,
        ) -> Result<AnyView, LessonLoadError> {
            loaders::practice(view, show).await.map_err(|_| LessonLoadError)
        }
    };
}

lessons! {
    /// The information content -log p of one event.
    Information => information, "information", InformationState, InformationLesson;
    /// The entropy of a distribution.
    Entropy => entropy, "entropy", EntropyState, EntropyLesson;
    /// The entropy of a coin, as a function of p.
    BinaryEntropy => binary_entropy, "binary-entropy", BinaryEntropyState, BinaryEntropyLesson;
    /// The Kullback-Leibler divergence and its asymmetry.
    Kl => kl, "kl", KlState, KlLesson;
    /// Cross-entropy = entropy + KL divergence.
    CrossEntropy => cross_entropy, "cross-entropy", CrossEntropyState, CrossEntropyLesson;
    /// Squared error against cross-entropy on a softmax output.
    MseVsCe => mse_vs_ce, "mse-vs-ce", MseVsCeState, MseVsCeLesson;
    /// A batch of single-label samples (softmax + cross-entropy).
    SingleLabel => single_label, "single-label", SingleLabelState, SingleLabelLesson;
    /// A batch of multi-label samples (sigmoid + binary cross-entropy per node).
    MultiLabel => multi_label, "multi-label", MultiLabelState, MultiLabelLesson;
}

/// A lesson's code could not be fetched (offline, a server error); loading it again may work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonLoadError;

impl ViewId {
    /// The course's start: the first line of the registry.
    pub const FIRST: ViewId = ViewId::ALL[0];

    /// Parses an identifier exactly as [`ViewId::id`] writes it.
    pub fn parse(s: &str) -> Option<ViewId> {
        ViewId::ALL.into_iter().find(|view| view.id() == s)
    }

    /// The view before this one in the course, `None` for the first.
    pub fn prev(self) -> Option<ViewId> {
        self.index()
            .checked_sub(1)
            .and_then(|i| ViewId::ALL.get(i).copied())
    }

    /// The view after this one in the course, `None` for the last.
    pub fn next(self) -> Option<ViewId> {
        ViewId::ALL.get(self.index() + 1).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_order_is_the_index() {
        for (i, view) in ViewId::ALL.into_iter().enumerate() {
            assert_eq!(view.index(), i);
            assert_eq!(ViewId::parse(view.id()), Some(view));
            assert_eq!(ViewState::default_for(view).view(), view);
        }
    }

    #[test]
    fn no_two_lessons_share_an_id() {
        for a in ViewId::ALL {
            for b in ViewId::ALL {
                assert!(a == b || a.id() != b.id());
            }
        }
    }

    #[test]
    fn every_view_has_three_templates_and_a_number_question() {
        use crate::i18n::strings;
        use crate::lessons::kit::practice::{questions, Ask};
        use crate::math::Unit;
        use crate::state::Lang;
        for view in ViewId::ALL {
            let templates = practice_templates(view);
            assert!(
                templates.len() >= 3,
                "{view:?} has {} templates",
                templates.len()
            );
            let mut kinds: Vec<&str> = templates.iter().map(|t| t.kind).collect();
            kinds.sort_unstable();
            kinds.dedup();
            assert_eq!(kinds.len(), templates.len(), "{view:?}: kinds are unique");
            for seed in [0, 1, 4242] {
                let drawn = questions(templates, view.index(), seed, strings(Lang::En), Unit::Bits);
                assert!(
                    drawn.iter().any(|q| matches!(q.ask, Ask::Number(_))),
                    "{view:?}"
                );
                for question in &drawn {
                    assert_eq!(question.situation.view(), view, "{}", question.kind);
                    assert!(!question.prompt.is_empty() && !question.solution.is_empty());
                    if let Ask::Number(ask) = &question.ask {
                        assert!(ask.answer.is_finite(), "{}: {}", question.kind, ask.answer);
                    }
                }
            }
        }
    }
}
