//! The course shell: header, table of contents, one view at a time with previous/next and
//! progress, the settings footer, and the embedded form (`embed=1`).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::embed::{EmbedCode, PostHeight};
use super::idle::{after_first_paint, prefetch_files};
use super::load_failed::when_loaded;
use super::prefs::{use_prefs, use_strings, Prefs};
use super::url::{current_query, drop_pending, flush_pending, push_query};
use crate::i18n::Progress;
use crate::lessons;
use crate::lessons::kit::practice::{provide_practice_session, use_practice_session};
use crate::math::Unit;
use crate::state::{parse_query, settings_query, to_query, Lang, Parsed, Theme, ViewId, ViewState};

/// The link state the page was opened (or last navigated) with. A lesson takes its initial
/// state from here when the link is about its view, else its defaults.
#[derive(Clone, Copy)]
pub struct LaunchState(StoredValue<Parsed>);

impl LaunchState {
    /// The initial state of `view`'s lesson.
    pub fn state_for(&self, view: ViewId) -> ViewState {
        self.0.with_value(|parsed| {
            let linked = parsed.view.unwrap_or(ViewId::FIRST);
            if linked == view && parsed.state.view() == view {
                parsed.state.clone()
            } else {
                ViewState::default_for(view)
            }
        })
    }
}

/// The initial state of a lesson (see [`LaunchState`]).
pub fn use_initial_state(view: ViewId) -> ViewState {
    expect_context::<LaunchState>().state_for(view)
}

fn browser_lang() -> Lang {
    let language = window().navigator().language().unwrap_or_default();
    if language.to_ascii_lowercase().starts_with("zh") {
        Lang::Zh
    } else {
        Lang::En
    }
}

fn system_theme() -> Theme {
    let dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// Follows the system's colour scheme while the reader has not chosen a theme.
fn follow_system_theme(system: RwSignal<Theme>) {
    let Some(query) = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
    else {
        return;
    };
    let on_change = Closure::<dyn FnMut()>::new(move || system.set(system_theme()));
    let _ = query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    on_change.forget();
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let parsed = parse_query(&current_query());
    let system = RwSignal::new(system_theme());
    follow_system_theme(system);
    let lang_choice = RwSignal::new(parsed.settings.lang);
    let theme_choice = RwSignal::new(parsed.settings.theme);
    let detected_lang = browser_lang();
    let prefs = Prefs {
        lang_choice,
        lang: Memo::new(move |_| lang_choice.get().unwrap_or(detected_lang)),
        unit: RwSignal::new(parsed.settings.unit),
        theme_choice,
        theme: Memo::new(move |_| theme_choice.get().unwrap_or(system.get())),
        system_theme: system,
        embed: parsed.settings.embed,
        practice_seed: RwSignal::new(parsed.settings.practice_seed),
        practice_hidden: parsed.settings.practice_hidden,
    };
    provide_context(prefs);
    provide_practice_session();
    let view = RwSignal::new(parsed.view);
    let issues = RwSignal::new(parsed.issues.clone());
    // Bumped on every navigation, so a lesson remounts with its new initial state even when
    // the view stays the same (back/forward between two states of one view).
    let epoch = RwSignal::new(0u32);
    let launch = LaunchState(StoredValue::new(parsed));
    provide_context(launch);

    let navigate = move |target: ViewId| {
        let settings = prefs.settings();
        let state = ViewState::default_for(target);
        push_query(&to_query(target, &settings, &state));
        launch.0.set_value(Parsed {
            view: Some(target),
            settings,
            state,
            issues: Vec::new(),
        });
        issues.set(Vec::new());
        view.set(Some(target));
        epoch.update(|e| *e += 1);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    };
    let _ = window_event_listener(ev::popstate, move |_| {
        drop_pending();
        let parsed = parse_query(&current_query());
        prefs.lang_choice.set(parsed.settings.lang);
        prefs.unit.set(parsed.settings.unit);
        prefs.theme_choice.set(parsed.settings.theme);
        prefs.practice_seed.set(parsed.settings.practice_seed);
        issues.set(parsed.issues.clone());
        view.set(parsed.view);
        launch.0.set_value(parsed);
        epoch.update(|e| *e += 1);
    });

    // The outside world: <html lang>, the theme attribute and the document title.
    let strings = use_strings();
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", prefs.lang.get().html_lang());
            let _ = root.set_attribute("data-theme", prefs.theme.get().id());
        }
    });
    Effect::new(move |_| {
        let s = strings.get();
        let title = match view.get() {
            Some(v) => format!("{} · {}", s.view_text(v).title, s.ui.app_title),
            None => s.ui.app_title.to_string(),
        };
        document().set_title(&title);
    });

    let current = move || view.get().unwrap_or(ViewId::FIRST);
    // A lesson's code arrives on first use; a chunk that cannot be fetched gets a message and
    // a retry instead of a blank page.
    let lesson = move || {
        epoch.get();
        let view = current();
        let load = async move {
            let loaded = lessons::lesson(view).await;
            // "Next" should feel instant: its files come while the reader reads this view.
            // An embedded view has no "Next".
            if let Some(next) = view.next().filter(|_| loaded.is_ok() && !prefs.embed) {
                after_first_paint(Box::new(move || prefetch_files(next)));
            }
            loaded
        };
        // The placeholder holds the lesson's place, so what follows it does not jump when the
        // lesson arrives (layout shift).
        let placeholder =
            || view! { <div class="lesson-loading" aria-busy="true"></div> }.into_any();
        when_loaded(
            load,
            placeholder,
            |s| s.ui.lesson_load_failed,
            move || epoch.update(|e| *e += 1),
        )
    };

    if prefs.embed {
        return view! {
            <div class="app app-embed" data-embed="1">
                <PostHeight />
                <main id="lesson" class="lesson-main">
                    <InputErrors issues=issues />
                    <section class="view" data-view=move || current().id()>
                        <h1 class="view-title">{move || strings.get().view_text(current()).title}</h1>
                        {lesson}
                    </section>
                    <OpenInLab view=current />
                </main>
            </div>
        }
        .into_any();
    }

    view! {
        <div class="app">
            <a class="skip-link" href="#lesson">{move || strings.get().ui.skip_to_content}</a>
            <header class="site-header">
                <p class="site-title">
                    <a href="?" on:click=move |e| {
                        e.prevent_default();
                        push_query(&settings_query(&prefs.settings()));
                        view.set(None);
                        issues.set(Vec::new());
                        epoch.update(|e| *e += 1);
                    }>{move || strings.get().ui.app_title}</a>
                </p>
                <p class="tagline">{move || strings.get().ui.tagline}</p>
            </header>
            <div class="layout">
                <TableOfContents view=view navigate=navigate />
                <main id="lesson" class="lesson-main" tabindex="-1">
                    <InputErrors issues=issues />
                    <Show when=move || view.get().is_none()>
                        <p class="start-intro">{move || strings.get().ui.start_intro}</p>
                    </Show>
                    <section class="view" data-view=move || current().id() aria-labelledby="view-title">
                        <p class="progress">
                            {move || (strings.get().ui.progress)(&Progress { step: current().index() + 1, steps: ViewId::ALL.len() })}
                        </p>
                        <progress
                            class="progress-bar"
                            max=ViewId::ALL.len()
                            value=move || current().index() + 1
                            aria-hidden="true"
                        ></progress>
                        <h1 id="view-title" class="view-title">
                            {move || strings.get().view_text(current()).title}
                        </h1>
                        <p class="bridge">{move || strings.get().view_text(current()).bridge}</p>
                        {lesson}
                    </section>
                    <Show when=move || current().next().is_none()>
                        <CourseSummary />
                    </Show>
                    <PrevNext current=current navigate=navigate />
                </main>
            </div>
            <SettingsFooter view=current />
        </div>
    }
    .into_any()
}

/// Parameters of the link that could not be used, and notes on what was adjusted.
#[component]
fn InputErrors(issues: RwSignal<Vec<crate::state::Issue>>) -> impl IntoView {
    let strings = use_strings();
    let has_errors = move || issues.with(|list| list.iter().any(|i| !i.problem.is_note()));
    view! {
        <Show when=move || issues.with(|list| !list.is_empty())>
            <div class="input-error" data-testid="input-error" role="alert">
                <p>
                    {move || {
                        if has_errors() {
                            strings.get().ui.input_error_heading
                        } else {
                            strings.get().ui.input_note_heading
                        }
                    }}
                </p>
                <ul>
                    {move || {
                        let describe = strings.get().ui.describe_issue;
                        issues.get().iter().map(|issue| view! { <li>{describe(issue)}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

#[component]
fn TableOfContents(
    view: RwSignal<Option<ViewId>>,
    navigate: impl Fn(ViewId) + Copy + 'static,
) -> impl IntoView {
    let strings = use_strings();
    let prefs = use_prefs();
    let practice = use_practice_session();
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <h2 id="toc-title">{move || strings.get().ui.contents}</h2>
            <ol>
                {ViewId::ALL
                    .into_iter()
                    .map(|target| {
                        let href = move || {
                            format!("?{}", to_query(target, &prefs.settings(), &ViewState::default_for(target)))
                        };
                        let is_current = move || view.get() == Some(target);
                        view! {
                            <li class:current=is_current>
                                <a
                                    href=href
                                    aria-current=move || if is_current() { Some("page") } else { None }
                                    on:click=move |e| {
                                        e.prevent_default();
                                        navigate(target);
                                    }
                                >
                                    {move || strings.get().view_text(target).title}
                                </a>
                                <PracticeCount count=Signal::derive(move || {
                                    practice.progress.with(|p| p.count(target.id()))
                                }) />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The table of contents' count of questions answered right in one view (none while 0).
#[component]
fn PracticeCount(count: Signal<usize>) -> impl IntoView {
    let strings = use_strings();
    view! {
        <Show when=move || { count.get() > 0 }>
            <span class="toc-count" data-testid="toc-count" data-count=move || count.get()>
                <span aria-hidden="true">{move || format!("✓ {}", count.get())}</span>
                <span class="sr-only">{move || (strings.get().ui.practice_count)(count.get())}</span>
            </span>
        </Show>
    }
}

#[component]
fn PrevNext(
    current: impl Fn() -> ViewId + Copy + Send + Sync + 'static,
    navigate: impl Fn(ViewId) + Copy + 'static,
) -> impl IntoView {
    let strings = use_strings();
    view! {
        <nav class="prev-next" aria-label=move || strings.get().ui.nav_label>
            <button
                type="button"
                data-testid="nav-prev"
                disabled=move || current().prev().is_none()
                on:click=move |_| {
                    if let Some(target) = current().prev() {
                        navigate(target)
                    }
                }
            >
                "← "
                {move || strings.get().ui.nav_prev}
                <span class="nav-target">
                    {move || current().prev().map(|v| strings.get().view_text(v).title)}
                </span>
            </button>
            <span class="progress-compact">
                {move || format!("{} / {}", current().index() + 1, ViewId::ALL.len())}
            </span>
            <button
                type="button"
                data-testid="nav-next"
                disabled=move || current().next().is_none()
                on:click=move |_| {
                    if let Some(target) = current().next() {
                        navigate(target)
                    }
                }
            >
                {move || strings.get().ui.nav_next}
                <span class="nav-target">
                    {move || current().next().map(|v| strings.get().view_text(v).title)}
                </span>
                " →"
            </button>
        </nav>
    }
}

#[component]
fn CourseSummary() -> impl IntoView {
    let strings = use_strings();
    view! {
        <aside class="course-summary">
            <h2>{move || strings.get().ui.course_summary_title}</h2>
            {move || strings.get().ui.course_summary.iter().map(|line| view! { <p>{*line}</p> }).collect_view()}
        </aside>
    }
}

/// The unit, language and theme switches, the permalink and the embed code.
#[component]
fn SettingsFooter(view: impl Fn() -> ViewId + Copy + Send + Sync + 'static) -> impl IntoView {
    let prefs = use_prefs();
    let strings = use_strings();
    let copied = RwSignal::new(None::<&'static str>);
    let copy_link = move |_| {
        flush_pending();
        let href = window().location().href().unwrap_or_default();
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&href);
        copied.set(Some(strings.get_untracked().ui.permalink_copied));
    };
    view! {
        <footer class="site-footer">
            <h2 class="sr-only">{move || strings.get().ui.settings_label}</h2>
            <label>
                {move || strings.get().ui.unit_label}
                <select
                    data-testid="unit"
                    prop:value=move || prefs.unit.get().id()
                    on:change=move |e| {
                        if let Some(unit) = Unit::parse(&event_target_value(&e)) {
                            prefs.unit.set(unit);
                        }
                    }
                >
                    <option value="nats">{move || strings.get().ui.unit_nats}</option>
                    <option value="bits">{move || strings.get().ui.unit_bits}</option>
                </select>
            </label>
            <label>
                {move || strings.get().ui.lang_label}
                <select
                    data-testid="lang"
                    prop:value=move || prefs.lang.get().id()
                    on:change=move |e| {
                        if let Some(lang) = Lang::parse(&event_target_value(&e)) {
                            prefs.lang_choice.set(Some(lang));
                        }
                    }
                >
                    <option value="en" lang="en">"English"</option>
                    <option value="zh" lang="zh-Hans">"中文"</option>
                </select>
            </label>
            <label>
                {move || strings.get().ui.theme_label}
                <select
                    data-testid="theme"
                    prop:value=move || prefs.theme.get().id()
                    on:change=move |e| {
                        if let Some(theme) = Theme::parse(&event_target_value(&e)) {
                            prefs.theme_choice.set(Some(theme));
                        }
                    }
                >
                    <option value="light">{move || strings.get().ui.theme_light}</option>
                    <option value="dark">{move || strings.get().ui.theme_dark}</option>
                </select>
            </label>
            <button type="button" data-testid="permalink" on:click=copy_link>
                {move || strings.get().ui.permalink}
            </button>
            <EmbedCode view=view />
            <span class="copied" role="status">{move || copied.get()}</span>
        </footer>
    }
}

/// The embedded form's way back to the full course: the current state without `embed`.
#[component]
fn OpenInLab(view: impl Fn() -> ViewId + Copy + Send + Sync + 'static) -> impl IntoView {
    let strings = use_strings();
    let full_course_url = move || {
        let mut parsed = parse_query(&current_query());
        parsed.settings.embed = false;
        super::url::url_with_query(&to_query(
            parsed.view.unwrap_or(view()),
            &parsed.settings,
            &parsed.state,
        ))
    };
    view! {
        <p class="open-in-lab">
            <a
                href=full_course_url
                target="_blank"
                rel="noopener"
                on:click=move |e| {
                    // The address has moved on since the link was drawn: point it at the state now.
                    let anchor: web_sys::HtmlAnchorElement = event_target(&e);
                    flush_pending();
                    anchor.set_href(&full_course_url());
                }
            >
                {move || strings.get().ui.open_in_lab}
                " ↗"
            </a>
        </p>
    }
}
