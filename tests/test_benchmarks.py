"""The evaluation helpers on made-up strings, and the quality gates on ../shared/eval."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import eval_attribution, eval_basil, eval_gold, eval_neus, readability
from benchmarks.common import (
    EVAL_ENV,
    SKIP_MESSAGE,
    Evaluation,
    count_phrases,
    eval_dir,
    numbers,
    per_100,
    pipeline_missing,
    porter_stem,
    rouge1,
    rouge_tokens,
    split_sentences,
    strip_quoted,
    support,
    truncate_words,
    words,
)
from briefing.stages.ingest import read_article
from tests.conftest import SHARED_EVAL

# -- Porter stemmer and ROUGE-1 -------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "stem"),
    [  # examples from Porter (1980), one or two per step
        ("caresses", "caress"),
        ("ponies", "poni"),
        ("cats", "cat"),
        ("agreed", "agre"),
        ("feed", "feed"),
        ("plastered", "plaster"),
        ("motoring", "motor"),
        ("sing", "sing"),
        ("conflated", "conflat"),
        ("hopping", "hop"),
        ("falling", "fall"),
        ("filing", "file"),
        ("happy", "happi"),
        ("relational", "relat"),
        ("generalization", "gener"),
        ("hopeful", "hope"),
        ("goodness", "good"),
        ("allowance", "allow"),
        ("adoption", "adopt"),
        ("controlling", "control"),
        ("rate", "rate"),
    ],
)
def test_porter_stem_matches_the_papers_examples(word: str, stem: str) -> None:
    assert porter_stem(word) == stem


def test_rouge_tokens_follow_the_rouge_score_convention() -> None:
    assert rouge_tokens("The U.S. cat's running!", stem=False) == [
        "the", "u", "s", "cat", "s", "running",
    ]  # fmt: skip
    # only tokens longer than 3 letters are stemmed ("was" would become "wa")
    assert rouge_tokens("It was cats running", stem=True) == ["it", "was", "cat", "run"]


def test_rouge1_counts_shared_unigrams() -> None:
    score = rouge1("the cat sat on the mat", "the cat is on the mat")
    # 5 of 6 tokens shared each way ("the" twice)
    assert score.precision == pytest.approx(5 / 6)
    assert score.recall == pytest.approx(5 / 6)
    assert score.f1 == pytest.approx(5 / 6)


def test_rouge1_clips_repeated_words() -> None:
    score = rouge1("the the the", "the cat")
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 2)
    assert score.f1 == pytest.approx(0.4)


def test_rouge1_stemming_matches_inflections() -> None:
    assert rouge1("voting rights", "voted right", stem=False).f1 == 0.0
    assert rouge1("voting rights", "voted right", stem=True).f1 == pytest.approx(1.0)


def test_rouge1_of_nothing_is_zero() -> None:
    assert rouge1("", "the cat").f1 == 0.0
    assert rouge1("a dog", "").f1 == 0.0


def test_truncate_words_keeps_the_first_words() -> None:
    assert truncate_words("one two  three\nfour", 3) == "one two three"


# -- phrases, quotes, rates -----------------------------------------------------------------


def test_count_phrases_is_case_insensitive_on_word_boundaries() -> None:
    text = "He railed against it, kept railing against it. Railing Against all; derailing against."
    assert count_phrases(text, ["railing against"]) == 2


def test_count_phrases_counts_nested_phrases_once() -> None:
    text = "The offer dangled in front of him, and dangled again."
    assert count_phrases(text, ["dangled", "dangled in front of"]) == 2


def test_count_phrases_ignores_spacing_and_quote_style() -> None:
    assert count_phrases("a very,\nvery wide gap", ["very, very wide"]) == 1
    assert count_phrases("Obama’s pledge", ["obama's pledge"]) == 1
    assert count_phrases("nothing here", ["", "  "]) == 0


def test_strip_quoted_removes_quoted_text() -> None:
    assert words(strip_quoted("He said “this is bad” today")) == ["He", "said", "today"]
    assert words(strip_quoted('He said "this is bad" today')) == ["He", "said", "today"]
    # an unclosed quotation runs to the end of the text
    assert words(strip_quoted("A critic said “the plan is appalling.")) == ["A", "critic", "said"]


def test_phrase_rate_per_100_words_of_narrative() -> None:
    narrative = strip_quoted("They hailed the “appalling” plan")
    hits = count_phrases(narrative, ["hailed", "appalling"])
    assert (hits, len(words(narrative))) == (1, 4)
    assert per_100(hits, len(words(narrative))) == pytest.approx(25.0)
    assert per_100(3, 0) == 0.0


def test_split_sentences_knows_abbreviations() -> None:
    text = "Mr. Smith went to Washington. He said “no.” Then U.S. officials left."
    assert split_sentences(text) == [
        "Mr. Smith went to Washington.",
        "He said “no.”",
        "Then U.S. officials left.",
    ]


# -- "states the same thing" ----------------------------------------------------------------


def test_support_accepts_a_paraphrase_with_the_same_numbers() -> None:
    fact = "The Senate voted 52-48 to confirm Kavanaugh."
    assert support(fact, "Kavanaugh was confirmed by the Senate in a 52-48 vote.").stated


def test_support_rejects_a_different_number() -> None:
    found = support(
        "The Senate voted 52-48 to confirm Kavanaugh.",
        "The Senate voted 50-48 to confirm Kavanaugh.",
    )
    assert not found.stated
    assert found.missing_numbers == ("52",)


def test_support_rejects_a_sentence_sharing_only_the_entity() -> None:
    found = support("The Senate voted 52-48 to confirm Kavanaugh.", "Kavanaugh spoke to reporters.")
    assert not found.stated
    assert found.shared == 1


def test_support_accepts_verbatim_text() -> None:
    found = support("“We will win,” she said.", 'Later, "We will win," she said. ')
    assert found.stated and found.verbatim


def test_numbers_reads_digits_counts_and_scales() -> None:
    assert numbers("Three people and 1,200 dogs; $4.5 million, one of them") == {
        "3", "1200", "4.5", "million",
    }  # fmt: skip


# -- inputs written for the pipeline --------------------------------------------------------


def _made_up_event() -> dict[str, object]:
    body = [
        ["First sentence of a made-up report about a council vote.", "It passed."],
        ["A second paragraph adds more words so the article is long enough to read."],
    ]
    return {
        "triplet_uuid": "made-up",
        "articles": [
            {
                "source": src,
                "title": f"“Quoted” title: {src}",
                "url": f"https://example.org/{src}",
                "date": "2019-05-01",
                "body_paragraphs": body,
                "phrase_level_annotations": [],
            }  # fmt: skip
            for src in ("fox", "nyt", "hpo")
        ],
    }


def test_write_event_writes_front_matter_that_ingest_reads(tmp_path: Path) -> None:
    eval_basil.write_event(_made_up_event(), tmp_path)
    article = read_article(tmp_path / "nyt.md")
    assert article.title == "“Quoted” title: nyt"
    assert article.outlet == "The New York Times"
    assert article.url == "https://example.org/nyt"
    assert article.published == "2019-05-01"
    body = article.text[article.body_start :]
    assert "council vote. It passed.\n\nA second paragraph" in body


def test_write_cluster_writes_title_blank_line_body(tmp_path: Path) -> None:
    cluster = {"articles": [{"title": "A title", "body": "Body words here."}] * 3}
    eval_neus.write_cluster(cluster, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "c.txt"]
    assert (tmp_path / "b.txt").read_text("utf-8") == "A title\n\nBody words here.\n"


def test_baseline_is_first_title_and_two_sentences() -> None:
    cluster = {"articles": [{"title": "Title", "body": "One here. Two here. Three here."}]}
    assert eval_neus.baseline_text(cluster) == "Title One here. Two here."


# -- data location and skipping -------------------------------------------------------------


def test_eval_dir_honours_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(EVAL_ENV, str(tmp_path))
    assert eval_dir() == tmp_path
    monkeypatch.setenv(EVAL_ENV, str(tmp_path / "absent"))
    assert eval_dir() is None


@pytest.mark.parametrize("module", [eval_basil, eval_neus, readability])
def test_evaluations_skip_cleanly_without_data(
    module: object,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(EVAL_ENV, str(tmp_path / "absent"))
    assert module.main([]) == 0  # type: ignore[attr-defined]
    assert capsys.readouterr().out.strip() == SKIP_MESSAGE


def test_readability_flags_what_a_reader_cannot_resolve_alone() -> None:
    for text, flag in [
        ("Mayor Ann Lee rejected it before the council met on Monday.", "pronoun: it"),
        ("He said the stadium would open in 2028.", "pronoun: he"),
        ("Tom Reyes denounced the offer as a stunt on Tuesday.", "definite: the … offer"),
        ("Tom Reyes also criticized the stadium plan on Tuesday.", "needs before: also"),
        ("Many said the stadium plan was rushed through the council.", "opening: Many"),
    ]:
        assert flag in readability.flags(text), text
    for text in [
        "Mayor Ann Lee vetoed a stadium bill on Monday, saying the bill cost too much.",
        "Tom Reyes denounced the offer that the council made on Monday as a stunt.",
        "During her visit, Mayor Ann Lee said the stadium would open in 2028.",
        "Tom Reyes said this week that it is unclear whether the stadium will open.",
    ]:
        assert readability.flags(text) == [], text


def test_evaluation_reports_missed_targets_as_json() -> None:
    result = Evaluation("t")
    result.add("a", "a", 1.0, target=">= 2", passed=False)
    result.add("b", "b", 3.0)
    assert [f.key for f in result.missed()] == ["a"]
    assert '"passed": false' in result.as_json()
    assert "MISSED" in result.table()


# -- quality gates on the real data (the acceptance thresholds) ----------------------


def _data_or_skip(name: str) -> Path:
    if not (SHARED_EVAL / name / "dev.jsonl").is_file():
        pytest.skip("../shared/eval not found")
    problem = pipeline_missing()
    if problem:
        pytest.skip(problem)
    return SHARED_EVAL


@pytest.fixture(scope="module")
def basil(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Evaluation]:
    """The BASIL figures, computed once for the gates below."""
    data = _data_or_skip("basil")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path_factory.mktemp("basil"))
        yield eval_basil.evaluate(data)


@pytest.fixture(scope="module")
def neus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Evaluation]:
    """The NeuS figures, computed once for the gates below."""
    data = _data_or_skip("neus")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path_factory.mktemp("neus"))
        yield eval_neus.evaluate(data)


def _gate(result: Evaluation, key: str) -> None:
    figure = result.figure(key)
    detail = "\n".join(result.details[:15])
    assert figure.passed, (
        f"{figure.label} = {figure.fmt.format(figure.value)}, target {figure.target}\n{detail}"
    )


@pytest.mark.slow
def test_basil_every_event_builds(basil: Evaluation) -> None:
    _gate(basil, "built")


@pytest.mark.slow
def test_basil_at_least_three_facts_per_brief(basil: Evaluation) -> None:
    _gate(basil, "facts_per_brief")


@pytest.mark.slow
def test_basil_narrative_avoids_loaded_wording(basil: Evaluation) -> None:
    _gate(basil, "lex_ratio")


@pytest.mark.slow
def test_neus_every_cluster_builds(neus: Evaluation) -> None:
    _gate(neus, "built")


NEUS_ROUGE_FLOOR = 37.5
"""The issue's target is 38 (`eval_neus` reports it, met or not); this floor only keeps the
figure from falling. 37.9 -> 38.1 -> 37.8 in the session of 2026-12-02: summaries no longer end
on an excerpt's cut-off words or on a fragment left by a cut, whose words had matched the
editors' summaries."""


@pytest.mark.slow
def test_neus_rouge1_f1_never_falls_below_its_floor(neus: Evaluation) -> None:
    value = neus.value("rouge1_f1")
    assert value >= NEUS_ROUGE_FLOOR, f"NeuS ROUGE-1 F1 = {value:.1f}, floor {NEUS_ROUGE_FLOOR}"


# -- floors on the editors' gold (the issue targets are not met yet; these may only go up) ------

GOLD_FLOORS = {
    # figure key: the dev value this must not fall below (measured when the gate was added)
    # lowered on purpose when citations moved from word overlap to claims (stages/agreement):
    # the loose test found more "consensus" facts, one in five citations false by the blind
    # annotators; claims cite truly and find fewer (recall 0.295 -> 0.267, precision 0.598 ->
    # 0.602), see the session note of 2026-11-30; raised when plain leads fill to five facts
    # (0.338 / 0.618); precision 0.59 since one piece of news is listed once (0.598: duplicates
    # of a gold fact in other words counted twice); recall lowered on purpose when facts must
    # read alone (stages/narrative: no pronoun, "the bill" or "also" a reader cannot resolve;
    # the annotators' top complaint): the facts that went were ones a reader cannot follow
    # (main 0.333 / 0.598 -> 0.314 / 0.667), see benchmarks/readability.py; speakers_found
    # 0.646 -> 0.640 when a quote paragraph went back to the speaker before it (McConnell's
    # statement had been given to the whip named in the next paragraph, who then counted as found)
    # and 0.640 -> 0.634 when "amid the chaos" no longer set the tone of "an island of stability"
    # (Warner, praising Mattis, had been among his critics: now unplaced, not on the wrong side);
    # precision 0.62 -> 0.60 when briefs under five facts fill in with sentences from further
    # down that the other outlets tell too (facts/brief 3.5 -> 4.5, recall 0.352 -> 0.40): the
    # gold lists seven facts an event, so every fact past them counts against precision;
    # recall 0.38 -> 0.41 when what several outlets tell fills in after the first lead, before
    # one outlet's other lead sentences (0.400 -> 0.429, precision 0.606 -> 0.611); 0.43 when
    # a judgement someone is reported to have passed counts as checkable (0.424 -> 0.438)
    "fact_recall": 0.43,
    # precision 0.60 -> 0.62 when repeated news in other words, short trend summings-up and
    # facts leaning on "the news", "another appearance" or "Rice's statements" went (0.626);
    # 0.62 -> 0.61 when a subject that describes a body instead of naming it ("The nation's
    # leading advocate for senior citizens says...", which the blind annotators could not read
    # alone) no longer words a fact: one gold-matched lead went, a background sentence came;
    # back to 0.62 when reported judgements and "Citing ..." openers count (0.634)
    "fact_precision": 0.62,
    "gold_citations": 0.98,
    "speakers_found": 0.63,
    "speakers_right_side": 0.93,
    "both_sides": 0.82,
}
GOLD_CEILINGS = {"generic_labels": 0.15}


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Evaluation]:
    """The figures against the editors' gold, computed once for the floors below."""
    data = _data_or_skip("basil")
    if not (data / "basil" / "dev-gold.jsonl").is_file():
        pytest.skip("../shared/eval/basil/dev-gold.jsonl not found")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path_factory.mktemp("gold"))
        yield eval_gold.evaluate(data)


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(GOLD_FLOORS))
def test_gold_figures_never_fall_below_their_floor(gold: Evaluation, key: str) -> None:
    value = gold.value(key)
    assert value >= GOLD_FLOORS[key], f"{key} = {value:.3f}, floor {GOLD_FLOORS[key]}"


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(GOLD_CEILINGS))
def test_gold_figures_stay_under_their_ceiling(gold: Evaluation, key: str) -> None:
    value = gold.value(key)
    assert value <= GOLD_CEILINGS[key], f"{key} = {value:.3f}, ceiling {GOLD_CEILINGS[key]}"


def test_eval_speakers_scores_a_hand_made_event(tmp_path: Path) -> None:
    from benchmarks import eval_speakers

    body = [
        ["“We will appeal the ruling this week,” Ann Lee said."],
        ["“The ruling stands and it is final,” said Tom Reed."],
    ]
    event = {"articles": [{"source": "nyt", "title": "T", "body_paragraphs": body}]}
    gold = {
        "event": 0,
        "support": [{"speaker": "Lee", "key": ["appeal the ruling", "not in any quote"]}],
        "oppose": [{"speaker": "Hill", "key": ["ruling stands"]}],  # the extractor says Reed
    }
    (tmp_path / "dev.jsonl").write_text(json.dumps(event) + "\n", encoding="utf-8")
    (tmp_path / "dev-gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    table = eval_speakers.score(tmp_path)
    assert (table["all"].keys, table["all"].found, table["all"].right) == (3, 2, 1)
    assert table["all"].accuracy == 0.5
    assert eval_speakers._surname_in("Lee’s campaign", "Ann Lee")
    assert not eval_speakers._surname_in("Leeds", "Lee")
    # an organization by its initials, either way round, but no single word by a letter
    assert eval_speakers._surname_in("Riverside Farm Bureau", "RFB")
    assert eval_speakers._surname_in("the RFB", "Riverside Farm Bureau")
    assert not eval_speakers._surname_in("Riverside Farm Bureau", "RFA")
    assert not eval_speakers._surname_in("Rob", "R")


# -- attribution-form sets (shipped in benchmarks/data, so never skipped) ----------------------


def test_attribution_sets_are_well_formed() -> None:
    paths = eval_attribution.sets()
    assert paths, "no attribution set in benchmarks/data"
    for path in paths:
        ids = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert row["id"] not in ids
            ids.add(row["id"])
            for item in row["quotes"]:
                assert item["quote"] in row["text"], row["id"]
                # (null: a quote the passage names no one for, a note left unsigned)
                assert item["speaker"] is None or item["speaker"] in row["text"], row["id"]


def test_attribution_scorer_counts_a_split_quote_and_its_speaker(tmp_path: Path) -> None:
    row = {
        "id": "x1",
        "kind": "split",
        "text": "“We knew it,” Ann Lee said, “and we were ready.”",
        "quotes": [
            {"quote": "We knew it,", "speaker": "Ann Lee"},
            {"quote": "and we were ready.", "speaker": "Ann Lee"},
        ],
    }
    wrong = {
        "id": "x2",
        "text": "“We knew it,” Ann Lee said.",
        "quotes": [{"quote": "We knew it,", "speaker": "Tom Reyes"}],
    }
    path = tmp_path / "attribution_test.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (row, wrong)), encoding="utf-8")
    tallies = eval_attribution.score(path)
    assert (tallies["all"].gold, tallies["all"].found, tallies["all"].right) == (3, 3, 2)
    assert (tallies["split"].found, tallies["split"].right) == (2, 2)


def test_attribution_speakers_keep_their_target() -> None:
    for path in eval_attribution.sets():
        tally = eval_attribution.score(path)["all"]
        assert tally.recall >= 0.95, path.name
        assert tally.speaker_accuracy >= eval_attribution.SPEAKER_TARGET, path.name


def test_invented_events_build_and_score_against_their_gold() -> None:
    root = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "events" / "set-b"
    result = eval_gold.evaluate_folders(root)
    assert result.value("built") == result.value("events") == 6
    # figures the scorer computes from the briefs and the written gold, not fixed numbers
    assert 0.0 < result.value("fact_recall") <= 1.0
    assert result.value("both_sides") >= eval_gold.BOTH_SIDES_TARGET


EVENTS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "events"


def test_the_event_checker_passes_a_ready_event_and_names_each_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import check_events

    event = tmp_path / "ev01"
    shutil.copytree(EVENTS / "set-c" / "ev01", event)
    assert check_events.main([str(event)]) == 0
    assert "ev01: OK" in capsys.readouterr().out
    # a missing date, and a gold fact an outlet it does not list also states
    fox = event / "fox.md"
    fox.write_text(fox.read_text().replace("published:", "date:", 1))
    gold = json.loads((event / "gold.json").read_text())
    gold["facts"][0]["outlets"] = gold["facts"][0]["outlets"][:2]
    (event / "gold.json").write_text(json.dumps(gold))
    assert check_events.main([str(event)]) == 1
    out = capsys.readouterr().out
    assert "fox.md: front matter" in out and "is not listed in outlets" in out
    # a folder of anything else is named, not a traceback
    (tmp_path / "notes").mkdir()
    assert check_events.main([str(tmp_path)]) == 1
    assert "notes: PROBLEMS" in capsys.readouterr().out


def test_the_diagnosis_dumps_briefs_and_tells_why_a_gold_fact_is_missed(tmp_path: Path) -> None:
    from benchmarks import diagnose

    event = EVENTS / "set-c" / "ev01"
    out = tmp_path / "dump.txt"
    assert diagnose.main(["dump", str(out), str(event)]) == 0
    text = out.read_text()
    assert "######## ev01/ev01" in text and "\nH: " in text and "\nF [" in text
    lines = list(diagnose.why(event, {0}))
    assert lines[0].startswith("=== gold 0 ")
    assert lines[-1].startswith("  category ")
    camps = list(diagnose.sides(event, []))
    assert camps[0].startswith("thing ") and any(line.startswith("--- ") for line in camps)
    assert diagnose.write_set_packets(tmp_path / "packets", [f"x1={event}"]) == 1
    packet = (tmp_path / "packets" / "x1.txt").read_text()
    assert packet.startswith("EVENT x1") and "=== ARTICLE fox" in packet and "=== BRIEF" in packet


def test_the_basil_event_folders_skip_without_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import diagnose

    monkeypatch.setenv("BRIEFING_EVAL_DIR", str(tmp_path / "absent"))
    assert diagnose.write_basil_folders(tmp_path / "out") == 0
    assert "skipped" in capsys.readouterr().out
