"""The gold scorer's and the annotation summary's rules, on made-up strings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.annotate import figures
from benchmarks.eval_gold import _names, _plain, dangling, generic_label, matches


def test_a_fact_matches_when_every_keyword_group_has_an_alternative() -> None:
    groups = [["council"], ["approved", "passed"]]
    assert matches("The Council passed the budget on Monday.", groups)
    assert not matches("The council debated the budget.", groups)


def test_openers_that_lean_on_the_sentence_before_are_dangling() -> None:
    assert dangling("He said the plan would fail.")
    assert dangling("However, the council voted.")
    assert dangling("This is the first time.")
    assert not dangling("The council voted 5-2 on Monday.")
    assert not dangling("Heather Lane resigned on Friday.")


def test_key_phrases_are_found_whatever_the_apostrophe_and_case() -> None:
    assert (
        _plain("Lee’s plan is “A Costly Mistake,” he said")
        == "lee's plan is a costly mistake he said"
    )
    assert _plain("a costly mistake") in _plain("Lee’s plan is “A Costly Mistake,” he said")


def test_generic_labels_name_no_camp() -> None:
    assert generic_label("What supporters say")
    assert generic_label("What critics say")
    assert not generic_label("For the bridge toll")
    assert not generic_label("Lane's critics")


def test_annotation_figures_sum_citations_facts_and_quotes(tmp_path: Path) -> None:
    rows = [
        {
            "event": "e001",
            "facts": [
                {
                    "id": "F1",
                    "checkable": True,
                    "self_contained": True,
                    "support": {"nyt": "full", "hpo": "no"},
                },
                {
                    "id": "F2",
                    "checkable": True,
                    "self_contained": False,
                    "support": {"fox": "core"},
                },
            ],
            "quotes": [
                {"id": "S1", "speaker_ok": True, "side": "support", "relevant": True},
                {"id": "O1", "speaker_ok": False, "side": "support", "relevant": True},
                # shown apart, on no side: never counted on the oppose side
                {"id": "N1", "speaker_ok": True, "side": "oppose", "relevant": True},
            ],
            "both_sides_available": True,
            "usefulness": 4,
        }
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    got = figures([path])
    assert got["citations judged"] == 3
    assert abs(got["citations no"] - 1 / 3) < 1e-9
    assert got["facts readable alone"] == 0.5
    assert abs(got["speaker right"] - 2 / 3) < 1e-9
    assert got["on the annotator's side (of those placed)"] == 0.5
    assert got["also-quoted (no side) shown"] == 1
    assert got["of those, the annotator puts on a side"] == 1.0
    assert got["both sides shown where available"] == 0.0
    assert got["usefulness (1-5)"] == 4


def test_a_gold_speaker_is_found_however_an_outlet_prints_the_name() -> None:
    assert _names("O'Neill", "Terry O’Neill")
    assert _names("Calderón", "Felipe Calderon")
    assert _names("Calderon", "Felipe Calderón")
    # a name inside another word is no match
    assert not _names("Lee", "Ann Leeds")
    assert not _names("O'Neill", "Terry O’Neal")


def _event(outlets: dict[str, list[str]]) -> dict[str, object]:
    return {
        "articles": [
            {
                "source": outlet,
                "title": "Riverside council approves harbor plan",
                "date": "2025-06-03",
                "body_paragraphs": [[s] for s in sentences],
            }
            for outlet, sentences in outlets.items()
        ]
    }


def test_recheck_scores_todays_citations_against_judged_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.annotate import recheck, uncited_pairs
    from benchmarks.common import EVAL_ENV, build_folder
    from benchmarks.eval_basil import write_event

    vote = "The Riverside council voted 7-2 on Monday to approve the harbor plan."
    event = _event(
        {
            "fox": [vote, "Mayor Ann Lee said the plan would cost $40 million over ten years."],
            "nyt": [
                "The Riverside council voted 7-2 on Monday to approve a harbor plan.",
                "The harbor has flooded three times since 2019, city records show.",
            ],
            "hpo": ["Tom Reyes, who runs a bakery, said he had not heard of it."],
        }
    )
    (tmp_path / "basil").mkdir()
    (tmp_path / "basil" / "dev.jsonl").write_text(json.dumps(event) + "\n")
    monkeypatch.setenv(EVAL_ENV, str(tmp_path))
    folder = tmp_path / "e000"
    folder.mkdir()
    write_event(event, folder)
    pairs = uncited_pairs(build_folder(folder).brief)
    assert pairs and all(p["outlet"] in ("fox", "nyt", "hpo") for p in pairs)
    fact = next(p["fact"] for p in pairs if p["outlet"] == "hpo")
    judged = tmp_path / "judged.jsonl"
    rows = [
        {"event": "e000", "fact": fact, "outlet": "hpo", "verdict": "no"},
        {"event": "e000", "fact": "A sentence no brief shows.", "outlet": "nyt", "verdict": "core"},
    ]
    judged.write_text("".join(json.dumps(r) + "\n" for r in rows))
    found = recheck([judged])
    assert found["pairs judged"] == 2
    assert found["pairs whose fact the brief still shows"] == 1
    assert found["of those the outlet states (full/core)"] == 0
    assert found["cited now, of those it does not (must be 0)"] == 0
