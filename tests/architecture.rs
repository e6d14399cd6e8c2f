//! The module structure holds: no module under `src/` imports (outside its tests) a module that
//! imports it back, at the level of top-level modules (`chip`, `model`, ...) and of files
//! within them (`devices::storage`, ...); and `blocks` and `model` never import each other.
//! Imports are read from `crate::a::b` and `super::a` paths in the source text.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, as (module path, file).
fn modules(root: &Path, dir: &Path, out: &mut BTreeMap<String, PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src/ is readable") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            modules(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p.strip_prefix(root).expect("under src").with_extension("");
            let mut parts: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into()).collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            out.insert(parts.join("::"), p);
        }
    }
}

/// Identifier-like words after `prefix` in `text` (`crate::a::b` -> [a, b]).
fn paths_after<'a>(text: &'a str, prefix: &str) -> Vec<Vec<&'a str>> {
    text.match_indices(prefix)
        .map(|(i, _)| {
            text[i + prefix.len()..]
                .split("::")
                .map(|seg| {
                    let end = seg
                        .find(|c: char| !(c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()))
                        .unwrap_or(seg.len());
                    &seg[..end]
                })
                .take_while(|s| !s.is_empty())
                .take(2)
                .collect()
        })
        .collect()
}

/// The import graph: module -> modules it names (non-test code, comments dropped).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut mods = BTreeMap::new();
    modules(&root, &root, &mut mods);
    let mut g = BTreeMap::new();
    for (m, file) in &mods {
        let text = std::fs::read_to_string(file).expect("readable");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let code: String = code
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let parent: Vec<&str> = m.split("::").filter(|s| !s.is_empty()).collect();
        let parent = parent[..parent.len().saturating_sub(1)].join("::");
        let mut out = BTreeSet::new();
        for p in paths_after(&code, "crate::") {
            let two = p.join("::");
            let one = p.first().copied().unwrap_or("").to_string();
            if mods.contains_key(&two) {
                out.insert(two);
            } else if mods.contains_key(&one) {
                out.insert(one);
            }
        }
        let sibling = |name: &str| {
            if parent.is_empty() {
                name.to_string()
            } else {
                format!("{parent}::{name}")
            }
        };
        for p in paths_after(&code, "super::") {
            if let Some(first) = p.first() {
                if mods.contains_key(&sibling(first)) {
                    out.insert(sibling(first));
                }
            }
        }
        for (i, _) in code.match_indices("super::{") {
            let inner = &code[i + 8..];
            let inner = &inner[..inner.find('}').unwrap_or(0)];
            for name in inner
                .split(',')
                .map(|s| s.trim().split("::").next().unwrap_or(""))
            {
                if mods.contains_key(&sibling(name)) {
                    out.insert(sibling(name));
                }
            }
        }
        out.remove(m);
        g.insert(m.clone(), out);
    }
    g
}

/// Collapse the graph to modules `level` path segments deep.
fn collapse(
    g: &BTreeMap<String, BTreeSet<String>>,
    level: usize,
) -> BTreeMap<String, BTreeSet<String>> {
    let cut = |m: &str| m.split("::").take(level).collect::<Vec<_>>().join("::");
    let mut c: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (m, out) in g {
        let e = c.entry(cut(m)).or_default();
        for o in out {
            if cut(o) != cut(m) {
                e.insert(cut(o));
            }
        }
    }
    c
}

/// Pairs (a, b) with a path a -> ... -> b -> ... -> a.
fn cycles(g: &BTreeMap<String, BTreeSet<String>>) -> Vec<(String, String)> {
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(v) = todo.pop() {
            for w in g.get(&v).into_iter().flatten() {
                if seen.insert(w.clone()) {
                    todo.push(w.clone());
                }
            }
        }
        seen
    };
    let mut bad = vec![];
    for a in g.keys() {
        for b in g[a].iter() {
            if reach(b).contains(a) {
                bad.push((a.clone(), b.clone()));
            }
        }
    }
    bad
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let g = graph();
    assert!(
        g.contains_key("chip") && g.contains_key("devices::storage"),
        "the parser sees src/"
    );
    for level in [1, 2] {
        let c = cycles(&collapse(&g, level));
        assert!(c.is_empty(), "import cycles at depth {level}: {c:?}");
    }
}

#[test]
fn blocks_and_model_do_not_import_each_other_and_devices_stays_below() {
    let g = collapse(&graph(), 1);
    assert!(!g["blocks"].contains("model"), "{:?}", g["blocks"]);
    assert!(!g["model"].contains("blocks"), "{:?}", g["model"]);
    for up in ["config", "reference", "experiments", "run", "cli"] {
        assert!(!g["devices"].contains(up), "devices imports {up}");
    }
}

/// The chip's executions are built from a `chip::ChipPlan`: no file of `blocks`, `model` or
/// `timing` names the `Config` type outside its tests (config value types such as
/// `Activation` are allowed).
#[test]
fn the_chip_twins_never_read_the_config() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut mods = BTreeMap::new();
    modules(&root, &root, &mut mods);
    for (m, file) in &mods {
        if !["blocks", "model", "timing"].contains(&m.split("::").next().unwrap_or("")) {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("readable");
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or("");
            let named = line.match_indices("Config").any(|(i, _)| {
                let before = line[..i].chars().last();
                let after = line[i + 6..].chars().next();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            assert!(!named, "{}:{}: names Config: {line}", file.display(), n + 1);
        }
    }
}

/// The parser finds a cycle when there is one (so the tests above can fail).
#[test]
fn a_planted_cycle_is_found() {
    let mut g = BTreeMap::new();
    g.insert("a::x".to_string(), BTreeSet::from(["b::y".to_string()]));
    g.insert("b::y".to_string(), BTreeSet::from(["a::z".to_string()]));
    g.insert("a::z".to_string(), BTreeSet::new());
    assert!(cycles(&g).is_empty(), "no cycle between files");
    assert_eq!(cycles(&collapse(&g, 1)).len(), 2, "a <-> b between modules");
}
