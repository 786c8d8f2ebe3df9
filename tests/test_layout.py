"""The house rules of assistant/ (docs/design.md): stage wings that import only wings below them, no
import cycles (counting imports inside functions), and no oversized function or class. Read from the
source with `ast`, so a new module or a new lazy import is checked too.

An import under `if TYPE_CHECKING:` never runs, so it cannot make a cycle; it still may not reach up a
wing (the wing rule counts it)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"

# Lower first. A module may import its own wing and any wing below it, never one above.
WINGS = ["base", "index", "ingest", "answer", "llm", "ui", "evals", "top"]
# stance_model: data
BASE = {"models", "settings", "errors", "hashing", "model_cache", "export", "text", "stance_model"}
TOP = {"pipeline", "cli", "__init__"}

MAX_FUNCTION_LINES = 50
MAX_CLASS_LINES = 150


def modules() -> dict[str, Path]:
    """Dotted name under assistant (e.g. "answer.stance") -> file."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" and len(rel.parts) > 1 else rel.parts
        out[".".join(parts)] = path
    return out


def wing(module: str) -> str:
    head = module.split(".")[0]
    if module in BASE:
        return "base"
    if module in TOP:
        return "top"
    return head


def _walk(tree: ast.AST, typing_too: bool) -> list[ast.AST]:
    out, todo = [], [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        for child in ast.iter_child_nodes(node):
            is_typing = isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test)
            if typing_too or not is_typing:
                todo.append(child)
    return out


def imports(module: str, path: Path, known: set[str], typing_too: bool = True) -> set[str]:
    """The assistant modules this one imports, anywhere in its body (under TYPE_CHECKING too, unless not
    `typing_too`)."""
    package = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    found = set()
    for node in _walk(ast.parse(path.read_text(encoding="utf-8")), typing_too):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            elif node.module and (node.module == "assistant" or node.module.startswith("assistant.")):
                target = node.module.removeprefix("assistant").removeprefix(".")
            else:
                continue
            names = [f"{target}.{a.name}" if target else a.name for a in node.names]
            hits = [n for n in names if n in known]  # `from assistant.index import store`
            found.update(hits or [target])
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("assistant."):
                    found.add(a.name.removeprefix("assistant."))
    return {m for m in found if m in known and m != module}


def graph(typing_too: bool = True) -> dict[str, set[str]]:
    mods = modules()
    return {m: imports(m, p, set(mods), typing_too) for m, p in mods.items()}


def reachable(g: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(g[start])
    while todo:
        v = todo.pop()
        if v not in seen:
            seen.add(v)
            todo.extend(g[v])
    return seen


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules that import one another, directly or through others."""
    reach = {v: reachable(g, v) for v in g}
    groups = {frozenset({v} | {w for w in reach[v] if v in reach[w]}) for v in g if v in reach[v]}
    return sorted(sorted(c) for c in groups)


def test_no_import_cycles_counting_imports_inside_functions():
    assert cycles(graph(typing_too=False)) == []


def test_the_cycle_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_module_is_in_a_wing_and_imports_only_its_own_or_lower_wings():
    g = graph()
    assert all(wing(m) in WINGS for m in g), [m for m in g if wing(m) not in WINGS]
    upward = [
        f"{m} ({wing(m)}) imports {d} ({wing(d)})"
        for m, deps in sorted(g.items())
        for d in sorted(deps)
        if WINGS.index(wing(d)) > WINGS.index(wing(m))
    ]
    assert upward == []


def sizes() -> list[tuple[str, str, int]]:
    """(kind, qualified name, lines) of every function and class in the package and in app.py."""
    out = []
    for module, path in [*modules().items(), ("app", PACKAGE.parent / "app.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        todo: list[tuple[str, ast.AST]] = [(module, tree)]
        while todo:
            prefix, node = todo.pop()
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    name = f"{prefix}.{child.name}"
                    start = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                    kind = "class" if isinstance(child, ast.ClassDef) else "function"
                    out.append((kind, name, (child.end_lineno or start) - start + 1))
                    todo.append((name, child))
    return out


def test_no_function_over_50_lines_and_no_class_over_150():
    too_big = [
        f"{kind} {name}: {n} lines"
        for kind, name, n in sizes()
        if n > (MAX_CLASS_LINES if kind == "class" else MAX_FUNCTION_LINES)
    ]
    assert too_big == []
