"""The command line: every input form, options, errors and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newsfacts import __version__
from newsfacts.cli import cli
from tests.conftest import SEED, assert_valid_record, run_cli

ARTICLE = "PARIS, 29 oct 2018 (AFP) - Le maire Jean Dupont a annoncé 300 emplois lundi à Lyon."


@pytest.fixture(autouse=True)
def _pipeline_loaded(nlp):
    """Load the model once for the whole session rather than inside the first test."""


def write(path, text: str, encoding: str = "utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def test_text_file(tmp_path):
    article = write(tmp_path / "depeche.txt", ARTICLE)
    result, records = run_cli("extract", str(article))
    assert result.exit_code == 0
    [record] = records
    assert record["id"] == "depeche"
    assert record["source"] == str(article)
    assert record["meta"] == {}
    assert_valid_record(record, ARTICLE)


def test_dateline_gives_the_reference_date(tmp_path):
    article = write(tmp_path / "a.txt", ARTICLE)
    _, [record] = run_cli("extract", str(article))
    assert (record["reference_date"], record["reference_date_source"]) == ("2018-10-29", "dateline")


def test_reference_date_option_wins_over_dateline_and_filename(tmp_path):
    article = write(tmp_path / "2001-02-03-article.txt", ARTICLE)
    _, [record] = run_cli("extract", "--reference-date", "2020-01-02", str(article))
    assert (record["reference_date"], record["reference_date_source"]) == ("2020-01-02", "option")


def test_filename_date_when_nothing_else(tmp_path):
    article = write(tmp_path / "2001-02-03-article.txt", "Un texte sans date.")
    _, [record] = run_cli("extract", str(article))
    assert (record["reference_date"], record["reference_date_source"]) == ("2001-02-03", "filename")


def test_no_reference_date_at_all(tmp_path):
    article = write(tmp_path / "article.txt", "Un texte sans date.")
    _, [record] = run_cli("extract", str(article))
    assert (record["reference_date"], record["reference_date_source"]) == (None, None)


def test_folder_is_walked_recursively_in_sorted_order(tmp_path):
    write(tmp_path / "b.txt", "Deuxième article.")
    write(tmp_path / "a.txt", "Premier article.")
    write(tmp_path / "sub" / "c.txt", "Troisième article.")
    write(tmp_path / "sub" / "d.jsonl", json.dumps({"id": "d1", "text": "Quatrième."}) + "\n")
    write(tmp_path / "notes.md", "pas un article")
    result, records = run_cli("extract", str(tmp_path))
    assert result.exit_code == 0
    assert [r["id"] for r in records] == ["a", "b", "c", "d1"]


def test_jsonl_file_fields(tmp_path):
    lines = [
        {"id": "x1", "text": "Il est venu lundi.", "date": "2018-10-31", "url": "http://e.fr/1"},
        {"text": "Sans identifiant ni date.", "title": "T"},
        {"id": 42, "text": "Identifiant numérique."},
    ]
    path = write(tmp_path / "lot.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    result, records = run_cli("extract", "--reference-date", "2000-01-01", str(path))
    assert result.exit_code == 0
    first, second, third = records
    assert first["id"] == "x1" and first["source"] == f"{path}:1"
    assert (first["reference_date"], first["reference_date_source"]) == ("2018-10-31", "input")
    assert first["meta"] == {"url": "http://e.fr/1"}
    assert first["dates"][0]["value"] == "2018-10-29"
    assert second["id"] == f"{path}:2" and second["meta"] == {"title": "T"}
    assert (second["reference_date"], second["reference_date_source"]) == ("2000-01-01", "option")
    assert third["id"] == "42"


def test_stdin_plain_text():
    result, [record] = run_cli("extract", input=ARTICLE)
    assert result.exit_code == 0
    assert (record["id"], record["source"]) == ("stdin", "-")


def test_stdin_dash_among_files(tmp_path):
    article = write(tmp_path / "a.txt", "Premier.")
    _, records = run_cli("extract", str(article), "-", input="Depuis l'entrée standard.")
    assert [r["id"] for r in records] == ["a", "stdin"]


def test_stdin_jsonl():
    lines = "\n".join(json.dumps({"id": f"n{i}", "text": f"Article {i}."}) for i in range(3))
    result, records = run_cli("extract", "--jsonl", input=lines)
    assert result.exit_code == 0
    assert [r["id"] for r in records] == ["n0", "n1", "n2"]


def test_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    result, records = run_cli("extract", "-o", str(out), str(SEED))
    assert result.exit_code == 0 and records == []
    [record] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert record["id"] == SEED.stem


def test_non_ascii_is_written_as_is():
    result, _ = run_cli("extract", input="Le président a parlé à Évry.")
    assert '"Évry"' in result.stdout and "\\u00c9" not in result.stdout


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    good = write(tmp_path / "good.txt", "Un bon article.")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    lines = [
        json.dumps({"text": "ok"}),
        "{pas du json",
        json.dumps({"id": "n"}),
        json.dumps({"text": "x", "date": "2018-13-45"}),
        json.dumps(["liste"]),
    ]
    jsonl = write(tmp_path / "lot.jsonl", "\n".join(lines) + "\n")
    missing = tmp_path / "missing.txt"
    result, records = run_cli("extract", str(good), str(binary), str(missing), str(jsonl))
    assert result.exit_code == 1
    assert [r["id"] for r in records] == ["good", f"{jsonl}:1"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 6
    assert all(line.startswith("newsfacts: error: ") for line in errors)
    for source in (binary, missing, f"{jsonl}:2", f"{jsonl}:3", f"{jsonl}:4", f"{jsonl}:5"):
        assert any(f" {source}: " in line for line in errors), source
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["hier", "octobre 2018", "2018-02-30"])
def test_bad_reference_date_option_is_a_usage_error(value):
    result, records = run_cli("extract", "--reference-date", value, str(SEED))
    assert result.exit_code == 2 and records == []
    assert value in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "value", ["29/10/2018", "29 octobre 2018", "Mon, 29 Oct 2018 16:00:00 GMT", "2018-10-29T16:00"]
)
def test_reference_date_option_in_archive_formats(tmp_path, value):
    article = write(tmp_path / "a.txt", "Le maire a parlé lundi.")
    _, [record] = run_cli("extract", "--reference-date", value, str(article))
    assert (record["reference_date"], record["reference_date_source"]) == ("2018-10-29", "option")
    assert record["dates"][0]["value"] == "2018-10-29"


def test_jsonl_dates_in_archive_formats(tmp_path):
    dates = ["2018-10-29T16:00:00+01:00", "Mon, 29 Oct 2018 16:00:00 GMT", "29 octobre 2018"]
    lines = [json.dumps({"text": "Le maire a parlé lundi.", "date": d}) for d in dates]
    lines.append(json.dumps({"text": "x", "date": "le mois dernier"}))
    jsonl = write(tmp_path / "lot.jsonl", "\n".join(lines) + "\n")
    result, records = run_cli("extract", str(jsonl))
    assert result.exit_code == 1
    assert [(r["reference_date"], r["reference_date_source"]) for r in records] == [
        ("2018-10-29", "input")
    ] * 3
    [error] = result.stderr.strip().splitlines()
    assert error.startswith(f"newsfacts: error: {jsonl}:4: ") and "le mois dernier" in error


def test_with_text_puts_the_text_in_every_record(tmp_path):
    article = write(tmp_path / "a.txt", ARTICLE)
    _, [plain] = run_cli("extract", str(article))
    _, [with_text] = run_cli("extract", "--with-text", str(article))
    assert "text" not in plain
    assert with_text.pop("text") == ARTICLE and with_text == plain
    assert_valid_record(with_text | {"text": ARTICLE}, ARTICLE)


def test_no_input_on_a_terminal_is_a_usage_error(monkeypatch):
    class Terminal(io.BytesIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("newsfacts.cli_inputs.binary_stdin", Terminal)
    result, records = run_cli("extract")
    assert result.exit_code == 2 and records == []
    assert "no input" in result.stderr


def test_schema_command_prints_the_shipped_schema():
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema"] == {"const": "newsfacts/1"}


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


@pytest.mark.parametrize("command", [None, *sorted(cli.commands)])
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help_with_examples(command, flag):
    result = CliRunner().invoke(cli, [command, flag] if command else [flag])
    assert result.exit_code == 0
    assert "Usage:" in result.stdout and "Example" in result.stdout


def test_broken_pipe_ends_quietly(tmp_path):
    lines = "\n".join(json.dumps({"text": f"Article numéro {i}."}) for i in range(40))
    path = write(tmp_path / "many.jsonl", lines)
    command = f"{sys.executable} -m newsfacts extract -q {path} | head -n 1"
    done = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=300)
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "Broken pipe" not in done.stderr


@pytest.mark.parametrize("command", [[], ["extract"], ["show"], ["db"]])
def test_help_loads_neither_spacy_nor_dask(command):
    code = (
        "import sys; from newsfacts.cli import cli\n"
        f"try:\n    cli({[*command, '--help']!r})\nexcept SystemExit:\n    pass\n"
        "print(sorted({'dask', 'distributed', 'spacy'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "Usage:" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_progress_bar_goes_to_a_terminal_stderr_only(monkeypatch, capsys):
    from newsfacts.cli import _write_records

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    out = io.StringIO()
    records = [{"id": str(i)} for i in range(3)]
    assert _write_records(iter(records), out, progress=True) == 0
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["0", "1", "2"]
    assert "articles" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("tty", "progress", "count"), [(False, True, 3), (True, False, 3), (True, True, 1)]
)
def test_no_progress_bar_off_a_terminal_with_quiet_or_for_one_document(
    monkeypatch, capsys, tty, progress, count
):
    from newsfacts.cli import _write_records

    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty, raising=False)
    _write_records(iter([{"id": str(i)} for i in range(count)]), io.StringIO(), progress=progress)
    assert capsys.readouterr().err == ""
