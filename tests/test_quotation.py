"""The shared quotation-mark scanner (briefing/text/quotation.py)."""

from __future__ import annotations

from briefing.text.quotation import is_quoted, outside_quotes, quoted_share, quoted_spans, scan


def test_pairs_straight_and_curly_marks_and_skips_apostrophes() -> None:
    text = 'She said "we won." He didn’t agree: “It’s early.”'
    spans = quoted_spans(text)
    assert [text[a:b] for a, b in spans] == ['"we won."', "“It’s early.”"]
    assert not is_quoted(text, text.index("didn"))


def test_quote_running_into_the_next_paragraph_is_one_quotation() -> None:
    text = '"The first part runs on.\n\n"And the second closes it," she said.'
    (quote,) = scan(text)
    assert [text[a:b] for a, b in quote.parts] == [
        "The first part runs on.",
        "And the second closes it,",
    ]
    bare = outside_quotes(text)
    assert "first part" not in bare and "second" not in bare and "she said" in bare


def test_a_sentence_cut_from_a_longer_quote_counts_as_quoted() -> None:
    opened = 'He said: "This plan will fail and everyone knows it.'
    assert "plan" not in outside_quotes(opened)
    closed = 'and everyone knows it," he said.'
    assert "everyone" not in outside_quotes(closed)
    assert "he said" in outside_quotes(closed)


def test_outside_quotes_keeps_offsets_and_share() -> None:
    text = 'A "b c" d'
    assert len(outside_quotes(text)) == len(text)
    assert quoted_share(text) == len('"b c"') / len(text)
    assert quoted_share("") == 0.0


def test_mixed_marks_pair_when_the_own_closing_mark_never_comes() -> None:
    text = 'Ana Ruiz said: “The budget is late," and left.\n\n"Fix it now,” Ben Ode said.'
    spans = [text[a:b] for a, b in quoted_spans(text)]
    assert spans == ['“The budget is late,"', '"Fix it now,”']


def test_straight_block_quote_does_not_close_at_an_inner_curly_mark() -> None:
    text = '"The crowd chanted “Go team!” and the mayor waved.\n\nLater, she spoke.'
    assert all("Go team!”" not in text[a:b] or text[a] == "“" for a, b in quoted_spans(text))


def test_mixed_marks_around_an_attribution_make_two_quotations() -> None:
    # a straight mark opens, a curly one closes before "he said", a curly one reopens and a
    # straight one closes: two quotations, the attribution outside both
    text = '"The plan is a risk,” he said. “It will cost the city dearly."'
    spans = [text[a:b] for a, b in quoted_spans(text)]
    assert spans == ['"The plan is a risk,”', '“It will cost the city dearly."']
    assert "he said" in outside_quotes(text)
