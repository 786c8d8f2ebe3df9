"""Measure each int8 scheme of the embedding model against fp32 on this CPU (or an emulated one).

    python -m benchmarks.int8_check [--windows N]
    qemu-x86_64 -cpu Haswell .venv/bin/python -m benchmarks.int8_check --windows 6   # an AVX2-only CPU

Prints the worst sentence cosine of every scheme in `onnx_embedding.SCHEMES` on the shipped self-check
text; the model's own check accepts the first scheme at or above MIN_COSINE. Under qemu-user the CPU key
still shows the host's flags (it reads /proc/cpuinfo); the cosines come from the emulated kernels.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--windows", type=int, default=0, help="only the first N self-check windows (0: all)")
    args = p.parse_args()
    from assistant.index import onnx_embedding as oe
    from assistant.index.embedding import packaged_model_dir

    model_dir = packaged_model_dir()
    fp32 = oe.onnx_path(model_dir, "onnx")
    texts = oe._selfcheck_texts()[: args.windows or None]
    print(f"CPU key: {oe.cpu_key()}; {len(texts)} windows; bar {oe.MIN_COSINE}")
    for scheme in oe.SCHEMES:
        path = fp32.parent / oe._int8_name(scheme)
        if not path.is_file():
            oe._quantize(fp32, path, model_dir, scheme)
        t = time.perf_counter()
        worst = oe.agreement(path, fp32, model_dir, texts)
        print(f"{scheme:8} worst cosine {worst:.5f} ({time.perf_counter() - t:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
