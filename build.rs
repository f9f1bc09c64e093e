//! Embeds every `locales/<lang>/*.ftl` file in the binary, so that adding a language is
//! adding a folder: no code change, and the binary runs from any directory.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=locales");
    // `sqlx::migrate!` embeds the migrations: a new file there must rebuild the crate.
    println!("cargo:rerun-if-changed=migrations");
    let mut entries = Vec::new();
    let mut langs: Vec<_> = fs::read_dir("locales")
        .expect("locales/ exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .expect("readable locale folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let abs = fs::canonicalize(&file).expect("canonical path");
            entries.push(format!(
                "({:?}, include_str!({:?})),",
                lang.file_name().to_string_lossy(),
                abs.display().to_string()
            ));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    fs::write(
        out,
        format!("/// (language, Fluent source) for every file under locales/.\npub static FILES: &[(&str, &str)] = &[\n{}\n];\n", entries.join("\n")),
    )
    .expect("write locales.rs");
}
