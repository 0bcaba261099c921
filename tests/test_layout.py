"""The package's layout (issue #14): rooms that follow the data, imports only downward, no cycles.

Imports are read with `ast` from every module under src/materiel, function-level and TYPE_CHECKING
imports included (a cycle hidden in a function is still a cycle). The rooms, lowest first:

    record < lexicon < sources < extraction < compute < store < security < evaluation < web < cli

A module may import from its own room and the rooms below it. `materiel/__init__.py` (the public
facade) may import any room. No private name is used outside its module, by the package or its tests;
the tests of store/ and web/ import at module level; outside extraction/ modules and functions are small. Alembic's migration scripts (store/migrations) are loaded by path and
left as written: they are not checked.
"""
from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import materiel

ROOMS = ("record", "lexicon", "sources", "extraction", "compute", "store", "security", "evaluation", "web", "cli")
PACKAGE = Path(materiel.__file__).resolve().parent
SKIP = ("store/migrations/",)
DEFERRED = ("deferred", "optional")  # words the comment of a function-level import must hold


def modules(root: Path, skip: tuple[str, ...] = SKIP) -> dict[str, Path]:
    """Dotted name -> file, for every module of the package at `root`."""
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if any(rel.startswith(s) for s in skip):
            continue
        parts = [root.name, *rel[:-3].split("/")]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - node.level + 1]
    return ".".join(base + ([node.module] if node.module else []))


def imports(name: str, path: Path, known: set[str]) -> Iterator[tuple[str, ast.stmt]]:
    """(imported module, statement) for every import of the package's own modules in `path`."""
    top = name.split(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == top:
                    yield alias.name, node
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(node, name, path.name == "__init__.py")
            if target.split(".")[0] != top:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield (sub if sub in known else target), node


def graph(root: Path, skip: tuple[str, ...] = SKIP) -> dict[str, set[str]]:
    mods = modules(root, skip)
    known = set(mods)
    return {name: {t for t, _ in imports(name, path, known) if t != name} for name, path in mods.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def room(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def upward(edges: dict[str, set[str]], rooms: tuple[str, ...] = ROOMS) -> list[str]:
    """Every import of a module from a higher room (or from a module in no room)."""
    bad = []
    for src, targets in sorted(edges.items()):
        here = room(src)
        if here is None:  # the package's facade
            continue
        for dst in sorted(targets):
            there = room(dst)
            if here not in rooms or there not in rooms or rooms.index(there) > rooms.index(here):
                bad.append(f"{src} ({here}) imports {dst} ({there})")
    return bad


def test_every_module_is_in_a_room() -> None:
    loose = [m for m in modules(PACKAGE) if m != "materiel" and room(m) not in ROOMS]
    assert not loose, f"modules outside the rooms {ROOMS}: {loose}"


def test_no_import_cycles() -> None:
    found = cycles(graph(PACKAGE))
    assert not found, f"import cycles: {found}"


def test_imports_go_only_downward() -> None:
    bad = upward(graph(PACKAGE))
    assert not bad, "imports from a higher room:\n" + "\n".join(bad)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(path: Path, top: str = "materiel") -> list[str]:
    """Private names of the package `top` that `path` uses: `from top.m import _x`, and `m._x` where
    `m` is a name the file imported from `top` (a module, most often)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bound: set[str] = set()
    bad: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").split(".")[0] == top):
            bound |= {a.asname or a.name for a in node.names}
            bad += [f"{path.name}:{node.lineno} imports {a.name}" for a in node.names if _private(a.name)]
        elif isinstance(node, ast.Import):
            bound |= {a.asname or a.name.split(".")[0] for a in node.names if a.name.split(".")[0] == top}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in bound:
                bad.append(f"{path.name}:{node.lineno} uses {ast.unparse(node)}")
    return bad


def test_no_private_name_is_used_across_modules() -> None:
    bad = [f"{name}: {use}" for name, path in modules(PACKAGE).items() for use in private_uses(path)]
    assert not bad, "\n".join(sorted(set(bad)))


def test_tests_use_no_private_name() -> None:
    """The tests (store, web and every other) go through the same public names as the package's modules."""
    tests = Path(__file__).resolve().parent
    bad = [f"{path.relative_to(tests)}: {use}" for path in sorted(tests.rglob("*.py")) for use in private_uses(path)]
    assert not bad, "\n".join(sorted(set(bad)))


def _module_level(tree: ast.Module) -> set[int]:
    """Lines of the import statements run when the module is imported (also under `if TYPE_CHECKING`)."""
    lines: set[int] = set()
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            lines.add(node.lineno)
        elif isinstance(node, ast.If):
            lines.update(n.lineno for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom)))
    return lines


def test_function_level_imports_say_what_they_defer() -> None:
    """An import of the package's own modules inside a function must defer a heavy or optional
    dependency, and say which in a comment on its line, the line above, or the `try:` around it."""
    mods = modules(PACKAGE)
    bad = []
    for name, path in mods.items():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text)
        level = _module_level(tree)
        tries = {n.lineno for n in ast.walk(tree) if isinstance(n, ast.Try)}
        for _, node in imports(name, path, set(mods)):
            if node.lineno in level:
                continue
            nearby = [lines[node.lineno - 1]] + [lines[t - 1] for t in tries if 0 < node.lineno - t <= 3]
            if node.lineno >= 2 and lines[node.lineno - 2].strip().startswith("#"):
                nearby.append(lines[node.lineno - 2])  # the comment on the line above (isort keeps it there)
            if not any(word in line for line in nearby for word in DEFERRED):
                bad.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    assert not bad, "function-level imports without a 'deferred: ...' comment:\n" + "\n".join(sorted(set(bad)))


def test_store_and_web_tests_import_at_the_top() -> None:
    """The tests of store/ and web/ import the package at module level too; an import inside a test
    defers an optional dependency and says which (as in the package)."""
    tests = Path(__file__).resolve().parent
    bad = []
    for path in sorted([*tests.glob("store/*.py"), *tests.glob("web/*.py")]):
        text = path.read_text(encoding="utf-8")
        lines, tree = text.splitlines(), ast.parse(text)
        level = _module_level(tree)
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or node.lineno in level:
                continue
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
            if any(n.split(".")[0] == "materiel" for n in names) and \
                    not any(word in lines[node.lineno - 1] for word in DEFERRED):
                bad.append(f"{path.relative_to(tests)}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    assert not bad, "imports inside tests without an 'optional: ...' comment:\n" + "\n".join(bad)


MAX_MODULE_LINES, MAX_FUNCTION_LINES = 300, 60
SIZE_EXEMPT: tuple[str, ...] = ()  # the migrations are skipped as written (SKIP)
REASON = "# Long ("  # a function over the limit says why in its first lines: "# Long (63 lines): ..."


def test_modules_and_functions_are_small() -> None:
    """A module holds under 300 lines and a function at most 60, so that each reads in one sitting; a
    longer function gives its reason in a "# Long (N lines): ..." comment in its first lines (a schema
    definition such as migration 0001 is skipped as written, and says so)."""
    bad = []
    for path in modules(PACKAGE).values():
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith(SIZE_EXEMPT):
            continue
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) >= MAX_MODULE_LINES:
            bad.append(f"{rel}: {len(text.splitlines())} lines")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                said = any(REASON in line for line in lines[node.lineno - 1: node.lineno + 6])
                if length > MAX_FUNCTION_LINES and not said:
                    bad.append(f"{rel}:{node.lineno} {node.name}: {length} lines")
    assert not bad, "\n".join(bad)


# -- the checker checks: a cycle and an upward import in a tiny package must be found -----------------

def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_checker_finds_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "__init__.py": "",
        "low/__init__.py": "",
        "low/a.py": "def f():\n    from pkg.high import b\n",
        "high/__init__.py": "",
        "high/b.py": "from pkg.low.a import f\n",
        "high/c.py": "import pkg.high.b\n",
    })
    edges = graph(root, skip=())
    assert edges["pkg.low.a"] == {"pkg.high.b"} and edges["pkg.high.b"] == {"pkg.low.a"}
    assert cycles(edges) == [["pkg.high.b", "pkg.low.a"]]
    assert upward(edges, rooms=("low", "high")) == ["pkg.low.a (low) imports pkg.high.b (high)"]


def test_checker_finds_private_names(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "__init__.py": "",
        "a.py": "def _hidden():\n    return 1\n",
        "b.py": "from pkg import a\nfrom pkg.a import _hidden\n\nX = a._hidden() + _hidden()\n",
        "c.py": "import pkg.a\nfrom pkg import a\n\nY = a.__name__ + pkg.a.__doc__\n",
    })
    assert private_uses(root / "b.py", "pkg") == ["b.py:2 imports _hidden", "b.py:4 uses a._hidden"]
    assert private_uses(root / "c.py", "pkg") == []


def test_checker_accepts_a_clean_package(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "__init__.py": "from pkg.high import b\n",
        "low/__init__.py": "",
        "low/a.py": "X = 1\n",
        "high/__init__.py": "",
        "high/b.py": "from pkg.low import a\nfrom . import c\n",
        "high/c.py": "from ..low.a import X\n",
    })
    edges = graph(root, skip=())
    assert edges["pkg.high.b"] == {"pkg.low.a", "pkg.high.c"} and edges["pkg.high.c"] == {"pkg.low.a"}
    assert cycles(edges) == [] and upward(edges, rooms=("low", "high")) == []
