"""Bad input through the real command: the exit code, one line on stderr naming the problem, no
traceback, and no output file left behind; and a failed export never touches a previous deck."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from quizgen import cli
from quizgen.files import atomic_write_all

from .conftest import FLAGSHIP

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0

GERMAN = (
    "Die Bundesregierung hat am Montag in Berlin beschlossen, die Steuern für kleine Unternehmen zu senken. "
    "Der Finanzminister sagte, dass die Wirtschaft im nächsten Jahr wachsen werde und die Arbeitslosigkeit "
    "sinken solle. Die Opposition kritisierte den Entwurf als zu teuer und kündigte Widerstand im Bundesrat an.\n"
)
RUSSIAN = (
    "Президент России посетил Москву в понедельник и встретился с министрами. Встреча продлилась три часа, "
    "и после неё министр финансов заявил, что бюджет на следующий год будет принят в декабре.\n"
)
CHINESE = "这是一篇关于中国经济的文章。北京的人口很多。上海是中国最大的城市之一，有很多高楼大厦。去年的经济增长很快。\n"
NO_FACTS = (
    "I think it is nice when we can sit and talk for a while.\n\n"
    "We went there and it was good, and then we came back home again.\n\n"
    "They said it would be fine, and so it was, more or less, as usual.\n"
)


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "quizgen", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=300)


def _zip_bytes() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", "The Eiffel Tower is in Paris.")
    return buffer.getvalue()


def _write(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        path = tmp / name
        if isinstance(data, str):
            path.write_text(data, "utf-8")
        else:
            path.write_bytes(data)
        return [str(path)]

    return make


def _huge(tmp: Path) -> list[str]:
    path = tmp / "huge.txt"
    with path.open("wb") as handle:  # 50 MB, sparse: fast to make, and never read
        handle.truncate(50 * 1024 * 1024)
    return [str(path)]


def _directory(tmp: Path) -> list[str]:
    (tmp / "folder").mkdir()
    return [str(tmp / "folder")]


def _no_permission(tmp: Path) -> list[str]:
    path = tmp / "secret.txt"
    path.write_text(FLAGSHIP.read_text("utf-8"), "utf-8")
    path.chmod(0)
    return [str(path)]


def _fifo(tmp: Path) -> list[str]:
    os.mkfifo(tmp / "pipe.txt")
    return [str(tmp / "pipe.txt")]


_rng = random.Random(8)
UNDECODABLE = bytes(_rng.choice(range(0x80, 0x100)) for _ in range(3000))
NUL_BINARY = bytes(_rng.randrange(256) for _ in range(3000)) + b"\x00" * 64

# (case id, make the input files in the temp folder, extra args, exit code, words the message must hold)
BAD_INPUTS: list[tuple[str, Callable[[Path], list[str]], list[str], int, str]] = [
    ("missing file", lambda tmp: [str(tmp / "nope.txt")], [], 3, "no such file"),
    ("directory", _directory, [], 3, "is a directory"),
    pytest.param(  # type: ignore[list-item]
        "no permission",
        _no_permission,
        [],
        3,
        "permission denied",
        marks=pytest.mark.skipif(ROOT_USER, reason="root reads a file whatever its permissions"),
    ),
    ("fifo", _fifo, [], 3, "not a regular file"),
    ("empty file", _write("empty.txt", b""), [], 3, "holds no article text"),
    ("whitespace only", _write("blank.txt", " \n\t\r\n  \n"), [], 3, "holds no article text"),
    ("boilerplate only", _write("credits.txt", "Photo credit: Reuters\n\nSource: BBC\n"), [], 3, "no article text"),
    ("PNG image", _write("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), [], 3, "is a PNG image"),
    ("JPEG image", _write("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100), [], 3, "is a JPEG image"),
    ("PDF", _write("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), [], 3, "is a PDF file"),
    ("zip archive", _write("notes.zip", _zip_bytes()), [], 3, "is a zip archive"),
    ("binary with NUL bytes", _write("data.bin", NUL_BINARY), [], 3, "binary data"),
    ("unknown encoding", _write("odd.txt", UNDECODABLE), [], 3, "encoding could not be recognised"),
    ("German", _write("german.txt", GERMAN), [], 3, "looks like German"),
    ("Russian in Windows-1251", _write("russian.txt", RUSSIAN.encode("cp1251")), [], 3, "looks like Russian"),
    ("Chinese in UTF-16", _write("chinese.txt", CHINESE.encode("utf-16")), [], 3, "looks like Chinese"),
    ("no extractable facts", _write("chat.txt", NO_FACTS), [], 3, "no question passed the quality gates"),
    ("50 MB file", _huge, [], 3, "more than the limit of 2,000,000 characters"),
    ("over --max-chars", lambda tmp: [str(FLAGSHIP)], ["--max-chars", "1000"], 3, "more than the limit of 1,000"),
    ("--max-chars zero", lambda tmp: [str(FLAGSHIP)], ["--max-chars", "0"], 2, "--max-chars must be at least 1"),
    ("--max-items not a number", lambda tmp: [str(FLAGSHIP)], ["--max-items", "many"], 2, "invalid int value"),
    ("unknown flag", lambda tmp: [str(FLAGSHIP)], ["--colour"], 2, "unrecognized arguments"),
    ("no file given", lambda tmp: [], [], 2, "the following arguments are required"),
    ("output folder missing", lambda tmp: [str(FLAGSHIP)], ["-o", "{tmp}/no/such/deck.apkg"], 4, "does not exist"),
]


@pytest.mark.parametrize(("case", "make", "extra", "code", "words"), BAD_INPUTS)
def test_bad_input_gives_one_line_and_exit_code_and_leaves_nothing(
    tmp_path: Path, case: str, make: Callable[[Path], list[str]], extra: list[str], code: int, words: str
) -> None:
    files = make(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    out = ["-o", str(tmp_path / "out.apkg")] if "-o" not in extra else []
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    started = time.monotonic()
    result = _run("build", *files, *out, *args, cwd=tmp_path)
    assert time.monotonic() - started < 120
    assert result.returncode == code, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("quizgen: error: "), result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before, case


def test_a_50_mb_file_is_refused_quickly(tmp_path: Path) -> None:
    (path,) = _huge(tmp_path)
    started = time.monotonic()
    result = _run("build", path)
    assert result.returncode == 3
    assert time.monotonic() - started < 15
    assert "50 MB" not in result.stderr and "52,428,800 bytes" in result.stderr


@pytest.mark.skipif(ROOT_USER, reason="root writes into a read-only folder anyway")
def test_unwritable_output_folder_is_an_output_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = _run("build", str(FLAGSHIP), "-o", str(folder / "deck.apkg"))
    finally:
        folder.chmod(0o700)
    assert result.returncode == 4 and "not writable" in result.stderr
    assert not list(folder.iterdir())


def test_output_over_input_through_a_hard_link_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(FLAGSHIP.read_text("utf-8"), "utf-8")
    os.link(article, tmp_path / "deck.json")
    result = _run("build", str(article), "-o", str(tmp_path / "deck.apkg"), "--format", "json")
    assert result.returncode == 2 and "would overwrite an input" in result.stderr
    assert (tmp_path / "deck.json").read_text("utf-8") == FLAGSHIP.read_text("utf-8")


def _messy(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def _built_text(tmp: Path, article: Path) -> str:
    result = _run("build", str(article), "-o", str(tmp / "out.apkg"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    import json

    text: str = json.loads((tmp / "out.json").read_text("utf-8"))["article"]["text"]
    return text


def test_windows_1252_article_with_mixed_line_endings_is_decoded_and_built(tmp_path: Path) -> None:
    lines = FLAGSHIP.read_text("utf-8").replace("\u2019", "\u2019").splitlines()
    endings = ["\r\n", "\n", "\r"]
    text = "".join(line + endings[i % 3] for i, line in enumerate(lines))
    text = text.replace("Ukraine", "Ukraïne", 1) + "\r\nThe café\u2019s owner said \u201cyes\u201d.\r\n"
    article = _messy(tmp_path, "legacy.txt", text.encode("cp1252"))
    body = _built_text(tmp_path, article)
    assert "\r" not in body
    assert "café's owner" in body


def test_html_scripts_styles_and_navigation_are_not_read(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in FLAGSHIP.read_text("utf-8").splitlines()[2:] if p)
    page = (
        "<!doctype html><html><head><title>ATACMS</title><style>p { color: Zanzibarred; }</style>"
        "<script>var Quetzalcoatl = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>Xylophonia News</a></nav>"
        f"<article><h1>US approves ATACMS for Ukraine</h1>{paragraphs}</article>"
        "<footer>Copyright Yggdrasil Media</footer><script>track('Quetzalcoatl')</script></body></html>"
    )
    body = _built_text(tmp_path, _messy(tmp_path, "page.html", page.encode("utf-8")))
    for planted in ("Zanzibarred", "Quetzalcoatl", "Xylophonia", "Yggdrasil"):
        assert planted not in body


# In-process runs: the spaCy pipeline loads once for all of them.


def _previous_deck(tmp: Path) -> tuple[Path, Path, bytes, bytes]:
    apkg, json_path = tmp / "deck.apkg", tmp / "deck.json"
    apkg.write_bytes(b"previous deck\x00" * 100)
    json_path.write_bytes(b'{"previous": "quiz"}\n')
    return apkg, json_path, apkg.read_bytes(), json_path.read_bytes()


def test_failing_export_leaves_previous_deck_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    apkg, json_path, old_apkg, old_json = _previous_deck(tmp_path)
    real_fsync = os.fsync
    calls = []

    def full_disk(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the deck is staged; the JSON quiz hits a full disk
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_disk)
    code = cli.main(["build", str(FLAGSHIP), "-o", str(apkg)])
    assert code == 4
    assert "no space left" in capsys.readouterr().err
    assert apkg.read_bytes() == old_apkg
    assert json_path.read_bytes() == old_json
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg", "deck.json"]


def test_ctrl_c_while_writing_leaves_previous_deck_and_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    apkg, json_path, old_apkg, old_json = _previous_deck(tmp_path)

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    code = cli.main(["build", str(FLAGSHIP), "-o", str(apkg)])
    assert code == 130
    assert "interrupted" in capsys.readouterr().err
    assert apkg.read_bytes() == old_apkg and json_path.read_bytes() == old_json
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg", "deck.json"]


def test_article_without_facts_keeps_previous_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    apkg, json_path, old_apkg, old_json = _previous_deck(tmp_path)
    article = tmp_path / "chat.txt"
    article.write_text(NO_FACTS, "utf-8")
    assert cli.main(["build", str(article), "-o", str(apkg)]) == 3
    assert apkg.read_bytes() == old_apkg and json_path.read_bytes() == old_json


def test_atomic_write_all_touches_no_target_when_one_fails(tmp_path: Path) -> None:
    first = tmp_path / "a.bin"
    first.write_bytes(b"old")
    with pytest.raises(Exception, match="does not exist"):
        atomic_write_all([(first, b"new"), (tmp_path / "missing" / "b.bin", b"new")])
    assert first.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.bin"]


def test_unexpected_error_is_one_line_with_a_debug_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something\nbroke")

    monkeypatch.setattr("quizgen.ingest.read_article", broken)
    assert cli.main(["build", str(FLAGSHIP), "--format", "json", "-o", "/tmp/never-written.json"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--debug" in err and "RuntimeError: something broke" in err


def test_output_folder_gets_files_named_after_the_article(tmp_path: Path) -> None:
    result = _run("build", str(FLAGSHIP), "-o", str(tmp_path), "--format", "json", "--quiet")
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["atacms-ukraine.json"]
