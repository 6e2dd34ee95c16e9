import pytest
from typer.testing import CliRunner

from entente.cli import app
from entente.cli_live import dyad_pairs


def test_dyads_are_read_as_two_words_or_one_joined_pair_in_order():
    assert dyad_pairs(["kaz", "BLR-RUS", "CHN"], ["rus", "USA"]) == (("KAZ", "RUS"), ("BLR", "RUS"), ("CHN", "USA"))


def test_a_dyad_without_its_target_is_refused_with_the_form_to_use():
    with pytest.raises(ValueError, match="--dyad KAZ RUS"):
        dyad_pairs(["KAZ"], [])


def test_stray_words_after_the_dyads_are_refused():
    with pytest.raises(ValueError, match="unexpected words"):
        dyad_pairs(["KAZ-RUS"], ["BLR"])


def test_watch_accepts_two_word_dyads_on_the_command_line(tmp_path):
    # No sources file: the command gets past the dyads and stops at the missing file, naming it.
    result = CliRunner().invoke(
        app, ["watch", "--dyad", "KAZ", "RUS", "--runs", "1", "--sources", str(tmp_path / "none.toml"),
              "--db", str(tmp_path / "s.duckdb")],
    )  # fmt: skip
    assert result.exit_code != 0
    assert "none.toml" in result.output
    assert "dyad" not in result.output.lower()
