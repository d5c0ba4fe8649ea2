//! Reads the corpus through the engine once, at build time, and embeds the result; the
//! comparisons it precomputes go to a file of their own, beside the page.
//!
//! The corpus is `seeds/` unless `SEEDS_DIR` names another folder or a `.jsonl` file. A seed the
//! engine can't use fails the build with the file, the line and the problem.

use std::path::{Path, PathBuf};

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = std::env::var("SEEDS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("seeds"));
    let seeds = if seeds.is_absolute() {
        seeds
    } else {
        root.join(seeds)
    };
    println!("cargo::rerun-if-env-changed=SEEDS_DIR");
    println!("cargo::rerun-if-changed={}", seeds.display());
    watch_files(&seeds);

    let corpus = match parallax::Corpus::load(&seeds) {
        Ok(corpus) => corpus,
        Err(e) => {
            // Cargo shows this line as the build's error, with the file and the problem.
            println!("cargo::error=corpus: {e}");
            std::process::exit(1);
        }
    };
    let built = parallax::bundle::Bundle::build(corpus);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out_dir.join("bundle.bin"), &built.bundle.encode());
    // The precomputed comparisons are not embedded: Trunk's post-build hook
    // (scripts/stage-precomputed.mjs) copies the file the bundle names from here into dist/,
    // and the app fetches it when a comparison is first shown.
    if let Some(file) = built.precomputed {
        write(&out_dir.join(&file.name), &file.bytes);
    }
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("can't write {}: {e}", path.display()));
}

/// Every file in the corpus folder, so an edit to one seed rebuilds.
fn watch_files(seeds: &Path) {
    if let Ok(entries) = std::fs::read_dir(seeds) {
        for entry in entries.flatten() {
            println!("cargo::rerun-if-changed={}", entry.path().display());
        }
    }
}
