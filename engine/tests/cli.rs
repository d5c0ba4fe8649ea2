//! The `parallax` command line as a user runs it, as a separate process.

use std::io::Read;
use std::process::{Command, Stdio};

/// Regression: `parallax docs --json | head` panicked ("failed printing to stdout: Broken
/// pipe") when the reader closed the pipe before the output was all written.
#[test]
fn a_reader_that_stops_early_is_no_error() {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Far more JSON than a pipe holds (about 130 KB for 400 articles), so the writer is still
    // writing when the pipe closes.
    for k in 0..400 {
        let article = format!("Story {k}\n\nSome words of story {k}.\n");
        std::fs::write(dir.join(format!("story-{k}.txt")), article).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["docs", "--corpus"])
        .arg(&dir)
        .arg("--json")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is dropped here: the pipe is closed.
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(status.success(), "exit {status}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
