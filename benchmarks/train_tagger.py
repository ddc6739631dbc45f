"""Train the UPOS tagger and lemma table of `briefing.text.tagger` on UD English EWT.

    .venv/bin/python -m benchmarks.train_tagger [--mirror PATH] [--out FILE] [--iterations N]

Reads the treebank from a git mirror of UniversalDependencies/UD_English-EWT (no work tree
needed: files are read with `git show HEAD:...`). The default mirror is
`../.mirror/UniversalDependencies+UD_English-EWT/repo` next to this checkout. The train split
is the documents listed in `not-to-release/file-lists/files.train`, read from
`not-to-release/sources/<genre>/<doc>.conllu` (the released train file is not in every
mirror); the official dev and test files are only used to measure the result, which goes into
the model's provenance header. Writes one gzipped JSON file (default:
briefing/data/pos-en-ewt.json.gz). Deterministic: a fixed shuffle seed, sorted keys, gzip
without a timestamp; the same mirror commit and date give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefing.text.tagger import (
    END,
    MODEL_FORMAT,
    MODEL_NAME,
    START,
    Tagger,
    context_of,
    features,
    morph_classes,
    normalize,
)

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MIRROR = ROOT.parent / ".mirror" / "UniversalDependencies+UD_English-EWT" / "repo"
DEFAULT_OUT = ROOT / "briefing" / "data" / MODEL_NAME
SKIP_MESSAGE = "skipped: UD English EWT mirror not found"

SEED = 1
ITERATIONS = 10
"""Chosen on dev (UPOS): 5 passes 94.70%, 10 passes 94.88%, 15 passes 94.81%."""
SCALE = 100
"""Averaged weights are stored as integers: round(weight * SCALE)."""
PRUNE = 3
"""Scaled weights whose size is below this are dropped: they almost never change a decision
and they are most of the file (the accuracy cost is measured in docs/tagger.md)."""
TAGDICT_MIN = 20
TAGDICT_SHARE = 0.97
"""A word seen at least TAGDICT_MIN times with one tag in at least this share of them is given
that tag without scoring (Honnibal's thresholds)."""
CLASS_MIN = 2
CLASS_SHARE = 0.05
"""A word's class: the tags it took at least this share of the time, if seen CLASS_MIN times."""
IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; bear bore borne; beat beat beaten; become became become;
begin began begun; bend bent bent; bind bound bound; bite bit bitten; bleed bled bled;
blow blew blown; break broke broken; breed bred bred; bring brought brought; build built built;
burn burnt burnt; buy bought bought; catch caught caught; choose chose chosen; cling clung clung;
come came come; creep crept crept; deal dealt dealt; dig dug dug; draw drew drawn;
dream dreamt dreamt; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen;
feed fed fed; feel felt felt; fight fought fought; find found found; flee fled fled;
fling flung flung; fly flew flown; forbid forbade forbidden; forget forgot forgotten;
forgive forgave forgiven; forsake forsook forsaken; freeze froze frozen; get got gotten;
give gave given; go went gone; grind ground ground; grow grew grown; hang hung hung;
hear heard heard; hide hid hidden; hold held held; keep kept kept; kneel knelt knelt;
know knew known; lay laid laid; lead led led; leap leapt leapt; leave left left; lend lent lent;
lie lay lain; light lit lit; lose lost lost; make made made; mean meant meant; meet met met;
pay paid paid; ride rode ridden; ring rang rung; rise rose risen; run ran run; say said said;
see saw seen; seek sought sought; sell sold sold; send sent sent; shake shook shaken;
shine shone shone; shoot shot shot; show showed shown; shrink shrank shrunk; sing sang sung;
sink sank sunk; sit sat sat; slay slew slain; sleep slept slept; slide slid slid;
speak spoke spoken; speed sped sped; spend spent spent; spin spun spun; spit spat spat;
spring sprang sprung; stand stood stood; steal stole stolen; stick stuck stuck; sting stung stung;
stink stank stunk; stride strode stridden; strike struck stricken; string strung strung;
strive strove striven; swear swore sworn; sweep swept swept; swell swelled swollen;
swim swam swum; swing swung swung; take took taken; teach taught taught; tear tore torn;
tell told told; think thought thought; throw threw thrown; tread trod trodden; wake woke woken;
wear wore worn; weave wove woven; weep wept wept; win won won; wind wound wound;
withdraw withdrew withdrawn; wring wrung wrung; write wrote written; override overrode overridden;
overcome overcame overcome; oversee oversaw overseen; overtake overtook overtaken;
overthrow overthrew overthrown; undergo underwent undergone; undertake undertook undertaken;
underwrite underwrote underwritten; uphold upheld upheld; withhold withheld withheld;
withstand withstood withstood; mislead misled misled; mistake mistook mistaken;
foresee foresaw foreseen; rebuild rebuilt rebuilt; rewrite rewrote rewritten; retake retook retaken
"""
"""English irregular verbs (lemma, past, past participle): general grammar, not treebank text.
Their forms that the train split never shows are added to the word classes (as VERB) and to the
lemma table, so "overridden" is a verb with lemma "override" though EWT never has it."""

FOLDS = 10
"""Folds for the held-out morph classes (`held_out_morphs`)."""
LEMMA_TAGS = ("VERB", "AUX", "NOUN", "ADJ", "ADV", "PRON", "DET", "PART", "ADP", "SCONJ")
KNOWN_TAGS = ("VERB", "AUX", "NOUN")


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word of a treebank sentence."""

    form: str
    upos: str
    lemma: str


Sentence = list[Word]


# -- reading the treebank ----------------------------------------------------------------------


def git_show(mirror: Path, path: str) -> str:
    """Return the text of path at the mirror's HEAD."""
    done = subprocess.run(
        ["git", "-C", str(mirror), "show", f"HEAD:{path}"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def mirror_commit(mirror: Path) -> str:
    """Return the commit hash of the mirror's HEAD."""
    done = subprocess.run(
        ["git", "-C", str(mirror), "rev-parse", "HEAD"], capture_output=True, check=True
    )
    return done.stdout.decode().strip()


def mirror_version(mirror: Path) -> str:
    """Return the newest release named in the treebank README's changelog ("v2.16"), or "?"."""
    found = re.search(r"^\*\*\d{4}-\d\d-\d\d (v[\d.]+)\*\*", git_show(mirror, "README.md"), re.M)
    return found.group(1) if found else "?"


def parse_conllu(text: str) -> list[tuple[str, Sentence]]:
    """Return (sent_id, words) per sentence; multiword ranges and empty nodes are skipped."""
    out: list[tuple[str, Sentence]] = []
    sent_id, words = "", list[Word]()
    for line in text.splitlines():
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif not line.strip():
            if words:
                out.append((sent_id, words))
            sent_id, words = "", []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) >= 4 and cols[0].isdigit():
                words.append(Word(cols[1], cols[3], cols[2]))
    if words:
        out.append((sent_id, words))
    return out


def train_documents(mirror: Path) -> list[str]:
    """Return the source paths of the train documents, in the order of the file list."""
    listing = git_show(mirror, "not-to-release/file-lists/files.train")
    return [
        f"not-to-release/sources/{line.strip()}" for line in listing.splitlines() if line.strip()
    ]


def train_sentences(mirror: Path) -> list[Sentence]:
    """Return every sentence of the EWT train documents."""
    out: list[Sentence] = []
    for path in train_documents(mirror):
        out.extend(words for _, words in parse_conllu(git_show(mirror, path)))
    return out


def split_sentences(mirror: Path, split: str) -> list[tuple[str, Sentence]]:
    """Return (sent_id, words) of the official `dev` or `test` file."""
    return parse_conllu(git_show(mirror, f"en_ewt-ud-{split}.conllu"))


# -- training -----------------------------------------------------------------------------------


class Perceptron:
    """Averaged perceptron weights, updated lazily (Honnibal's totals and timestamps)."""

    def __init__(self, ntags: int) -> None:
        self.ntags = ntags
        self.weights: dict[str, dict[int, float]] = defaultdict(dict)
        self.totals: dict[tuple[str, int], float] = defaultdict(float)
        self.stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.instances = 0

    def predict(self, feats: Sequence[str]) -> int:
        scores = [0.0] * self.ntags
        for feat in feats:
            row = self.weights.get(feat)
            if row:
                for tag, weight in row.items():
                    scores[tag] += weight
        return max(range(self.ntags), key=scores.__getitem__)

    def update(self, truth: int, guess: int, feats: Sequence[str]) -> None:
        self.instances += 1
        if truth == guess:
            return
        for feat in feats:
            row = self.weights[feat]
            for tag, delta in ((truth, 1.0), (guess, -1.0)):
                key = (feat, tag)
                weight = row.get(tag, 0.0)
                self.totals[key] += (self.instances - self.stamps[key]) * weight
                self.stamps[key] = self.instances
                row[tag] = weight + delta

    def averaged(self) -> dict[str, list[int]]:
        """Return the averaged weights, scaled to ints, small ones pruned, rows flattened."""
        out: dict[str, list[int]] = {}
        for feat in sorted(self.weights):
            row: list[int] = []
            for tag in sorted(self.weights[feat]):
                key = (feat, tag)
                total = (
                    self.totals[key] + (self.instances - self.stamps[key]) * self.weights[feat][tag]
                )
                scaled = round(total / self.instances * SCALE)
                if abs(scaled) >= PRUNE:
                    row += [tag, scaled]
            if row:
                out[feat] = row
        return out


def make_tagdict(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Return word -> tag for frequent words that (nearly) always take one tag."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for word in sentence:
            counts[word.form][word.upos] += 1
    out: dict[str, str] = {}
    for form, tags in counts.items():
        (tag, top), total = min(tags.items(), key=lambda kv: (-kv[1], kv[0])), tags.total()
        if total >= TAGDICT_MIN and top / total >= TAGDICT_SHARE:
            out[form] = tag
    return out


def make_classes(sentences: Sequence[Sentence]) -> dict[str, str]:
    """Return normalized word -> the tags it takes ("NOUN/VERB"), for words seen often enough."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for word in sentence:
            counts[normalize(word.form)][word.upos] += 1
    out: dict[str, str] = {}
    for norm, tags in counts.items():
        total = tags.total()
        if total >= CLASS_MIN:
            out[norm] = "/".join(sorted(t for t, n in tags.items() if n / total >= CLASS_SHARE))
    return out


def make_lemmas(
    sentences: Sequence[Sentence],
) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """Return upos -> form -> lemma (where not the lower-case form) and upos -> known lemmas."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    known: dict[str, set[str]] = defaultdict(set)
    for sentence in sentences:
        for word in sentence:
            if word.upos in LEMMA_TAGS:
                counts[word.upos, word.form.lower()][word.lemma] += 1
            if word.upos in KNOWN_TAGS:
                known[word.upos].add(word.lemma.lower())
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for (upos, lower), lemmas in sorted(counts.items()):
        lemma = min(lemmas.items(), key=lambda kv: (-kv[1], kv[0]))[0].lower()
        # lemmas are lower case but for names: "advisory" is an adjective, "Advisory" in a name
        if lemma != lower and lemma != "_":
            table[upos][lower] = lemma
    return dict(table), {upos: sorted(forms) for upos, forms in sorted(known.items())}


def add_irregular_verbs(
    classes: dict[str, str], lemmas: dict[str, dict[str, str]], known: dict[str, list[str]]
) -> None:
    """Add the IRREGULAR_VERBS forms the treebank lacks to the word classes and lemma table."""
    verbs = lemmas.setdefault("VERB", {})
    known_verbs = set(known.get("VERB", []))
    for entry in IRREGULAR_VERBS.split(";"):
        lemma, *forms = entry.split()
        known_verbs.add(lemma)
        for form in forms:
            classes.setdefault(form, "VERB")
            if form != lemma:
                verbs.setdefault(form, lemma)
    known["VERB"] = sorted(known_verbs)


def held_out_morphs(sentences: Sequence[Sentence]) -> list[list[str]]:
    """Return the morph classes of each sentence's words, judged against the verb and noun
    lemmas of the *other* folds.

    Judged against every train lemma, each train verb would find its own lemma known, so "an
    -ing form whose lemma is unknown" would only ever be a noun ("morning") and unseen verbs
    at run time ("enforcing") would be taken for nouns; held out, the train words look as new
    as the text the tagger will meet.
    """
    per_fold: list[dict[str, Counter[str]]] = [defaultdict(Counter) for _ in range(FOLDS)]
    for at, sentence in enumerate(sentences):
        for word in sentence:
            if word.upos in KNOWN_TAGS:
                per_fold[at % FOLDS][word.upos][word.lemma.lower()] += 1
    irregular = {entry.split()[0] for entry in IRREGULAR_VERBS.split(";")}
    held_out = []
    for fold in range(FOLDS):
        others = [counts for k, counts in enumerate(per_fold) if k != fold]
        verbs = frozenset(irregular.union(*(c["VERB"] for c in others)))
        nouns = frozenset(set().union(*(c["NOUN"] for c in others)))
        held_out.append((verbs, nouns))
    return [
        morph_classes([word.form for word in sentence], *held_out[at % FOLDS])
        for at, sentence in enumerate(sentences)
    ]


def train(sentences: Sequence[Sentence], iterations: int) -> dict[str, object]:
    """Return the model data (without provenance) trained on the sentences."""
    tags = sorted({word.upos for sentence in sentences for word in sentence})
    index = {tag: i for i, tag in enumerate(tags)}
    tagdict = make_tagdict(sentences)
    classes = make_classes(sentences)
    lemmas, known = make_lemmas(sentences)
    add_irregular_verbs(classes, lemmas, known)
    morphs_of = held_out_morphs(sentences)
    model = Perceptron(len(tags))
    order = list(range(len(sentences)))
    rng = random.Random(SEED)
    for iteration in range(iterations):
        started, right, seen = time.perf_counter(), 0, 0
        for at in order:
            sentence, morphs = sentences[at], morphs_of[at]
            forms = [word.form for word in sentence]
            context = context_of(forms)
            prev, prev2 = START
            for i, word in enumerate(sentence):
                guess_tag = tagdict.get(word.form)
                if guess_tag is None:
                    feats = features(i, forms, context, prev, prev2, classes, morphs)
                    guess = model.predict(feats)
                    model.update(index[word.upos], guess, feats)
                    guess_tag = tags[guess]
                right += guess_tag == word.upos
                seen += 1
                prev2, prev = prev, guess_tag
        rng.shuffle(order)
        log.info(
            "iteration %d: %.2f%% on train, %.0f s",
            iteration + 1,
            100 * right / seen,
            time.perf_counter() - started,
        )
    assert END  # the end markers are part of the feature context (context_of)
    return {
        "format": MODEL_FORMAT,
        "tags": tags,
        "weights": model.averaged(),
        "tagdict": tagdict,
        "classes": classes,
        "lemmas": lemmas,
        "known": known,
    }


def accuracy(tagger: Tagger, sentences: Sequence[tuple[str, Sentence]]) -> tuple[int, int]:
    """Return (right, total) UPOS decisions on gold-tokenized sentences."""
    right = total = 0
    for _, sentence in sentences:
        guessed = tagger.tag_words([word.form for word in sentence])
        right += sum(g == word.upos for g, word in zip(guessed, sentence, strict=True))
        total += len(sentence)
    return right, total


def write_model(data: dict[str, object], out: Path) -> None:
    """Write the model as gzipped JSON, atomically and byte-for-byte reproducibly."""
    payload = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    tmp = out.with_name(out.name + ".tmp")
    with (
        tmp.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as handle,
    ):
        handle.write(payload.encode("utf-8"))
    tmp.replace(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--iterations", type=int, default=ITERATIONS)
    parser.add_argument("--date", default=datetime.now(UTC).date().isoformat())
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not (args.mirror / "HEAD").exists():
        print(f"{SKIP_MESSAGE} at {args.mirror}")
        return 1
    sentences = train_sentences(args.mirror)
    log.info("%d train sentences, %d words", len(sentences), sum(map(len, sentences)))
    data = train(sentences, args.iterations)
    tmp = args.out.with_name(args.out.name + ".eval")
    write_model({**data, "provenance": {}}, tmp)
    tagger = Tagger.from_file(tmp)
    tmp.unlink()
    measured = {}
    for split in ("dev", "test"):
        right, total = accuracy(tagger, split_sentences(args.mirror, split))
        measured[split] = round(100 * right / total, 2)
        log.info("UPOS accuracy on %s: %.2f%% (%d words)", split, 100 * right / total, total)
    data["provenance"] = {
        "corpus": "Universal Dependencies English Web Treebank (UD_English-EWT)",
        "source": "https://github.com/UniversalDependencies/UD_English-EWT",
        "commit": mirror_commit(args.mirror),
        "version": f"{mirror_version(args.mirror)} (the newest release in the README changelog)",
        "split": "train: the documents in not-to-release/file-lists/files.train "
        f"({len(sentences)} sentences)",
        "licence": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this "
        "model is derived from the treebank and is shared under the same licence",
        "attribution": "Silveira et al. 2014, A Gold Standard Dependency Corpus for English "
        "(LREC); UD English EWT contributors",
        "trained": args.date,
        "command": "python -m benchmarks.train_tagger --iterations "
        f"{args.iterations} --date {args.date}",
        "upos_accuracy_gold_tokens": measured,
    }
    write_model(data, args.out)
    log.info("wrote %s (%d bytes)", args.out, args.out.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
