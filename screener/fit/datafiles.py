"""Reading YAML, JSON and TOML files into pydantic models, with errors that say where.

Used for candidate profiles and scoring-weights files. YAML is read with
PyYAML's safe loader only (no tags that build Python objects), duplicate keys
are an error, YAML that nests too deeply or expands through its aliases to
too many values ("billion laughs") is refused before it is built, files over
1 MB are refused unread, and a validation error names the file, the field path
(``credentials[1].status``) and, for YAML, the line. Messages never quote the
file's content: profiles hold personal data.
"""

from __future__ import annotations

import contextlib
import json
import os
import tomllib
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from screener.core.errors import DataFileError

M = TypeVar("M", bound=BaseModel)

FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}
#: The largest data file read, in bytes: a profile or weights file is a few kilobytes.
MAX_FILE_BYTES = 1_000_000
#: How deeply YAML values may nest, and how many values a YAML file may stand for once its aliases are
#: expanded: far beyond any profile, far below what would take a noticeable time or memory to validate.
MAX_YAML_DEPTH = 50
MAX_YAML_VALUES = 100_000


def load_model(path: str | os.PathLike[str], model: type[M], *, what: str) -> M:
    """Read ``path`` (YAML, JSON or TOML, by its extension) and validate it as ``model``."""
    data, lines = read_data(path, what=what)
    return validate(data, model, path=str(path), what=what, lines=lines)


def read_data(path: str | os.PathLike[str], *, what: str) -> tuple[dict[str, Any], _YamlLines | None]:
    """The top-level mapping of a data file, and (for YAML) a way to find the line of a field."""
    name = str(path)
    suffix = Path(name).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise DataFileError(
            f"{name}: a {what} must be a .yaml, .yml, .json or .toml file (got {suffix or 'no extension'!r})",
            path=name,
        )
    try:
        size = Path(name).stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataFileError(
                f"{name}: refused: the file has {size:,} bytes, more than the {MAX_FILE_BYTES:,} a {what} can need",
                path=name,
            )
        text = Path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{name}: no such file", path=name) from None
    except IsADirectoryError:
        raise DataFileError(f"{name}: is a directory, not a {what} file", path=name) from None
    except UnicodeDecodeError:
        raise DataFileError(f"{name}: is not UTF-8 text", path=name) from None
    except OSError as exc:
        raise DataFileError(f"{name}: cannot be read ({exc.strerror})", path=name) from None
    lines = None
    if fmt == "yaml":
        data, lines = _parse_yaml(name, text)
    elif fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _syntax(name, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
        except ValueError:  # a number of thousands of digits
            raise _syntax(name, None, "invalid JSON: a number too long to read") from None
        except RecursionError:
            raise _syntax(name, None, "refused: values are nested too deeply") from None
    else:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise DataFileError(f"{name}: invalid TOML: {exc}", path=name, problems=[(None, None, str(exc))]) from None
        except ValueError:
            raise _syntax(name, None, "invalid TOML: a number too long to read") from None
        except RecursionError:
            raise _syntax(name, None, "refused: values are nested too deeply") from None
    if data is None:
        raise DataFileError(f"{name}: the {what} is empty", path=name)
    if not isinstance(data, dict):
        raise DataFileError(
            f"{name}: a {what} is a mapping of fields (name: value) at the top level, not a {_type_name(data)}",
            path=name,
        )
    return data, lines


def validate(data: dict[str, Any], model: type[M], *, path: str, what: str, lines: _YamlLines | None = None) -> M:
    """Validate ``data`` read from ``path``; errors name each field and (for YAML) its line."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_input=False, include_url=False):
            loc = [part for part in error["loc"] if part != "[key]"]
            field = field_path(loc)
            line = lines.line_of(loc) if lines else None
            problems.append((field or None, line, error["msg"]))
        described = [
            f"{path}{f':{line}' if line else ''}: {field or '(top level)'}: {message}"
            for field, line, message in problems
        ]
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        raise DataFileError(
            f"{path}: invalid {what} ({count}):\n  " + "\n  ".join(described), path=path, problems=problems
        ) from None


def field_path(loc: list[str | int]) -> str:
    """``["credentials", 1, "status"]`` -> ``credentials[1].status``.

    A key that is not a plain name (empty, blank, with spaces, dots or
    brackets) is quoted, so the path still says which key: ``credentials[0]["first name"]``.
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not _plain_key(str(part)):
            text += f"[{json.dumps(str(part), ensure_ascii=False)}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _plain_key(key: str) -> bool:
    return bool(key) and all(ch.isalnum() or ch in "_-" for ch in key)


class _YamlLines:
    """Finds the line of a field path in a composed YAML document."""

    def __init__(self, root: yaml.Node) -> None:
        self.root = root

    def line_of(self, loc: list[str | int]) -> int:
        node = self.root
        line = node.start_mark.line + 1
        for part in loc:
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode) and key.value == part:
                        line, node = key.start_mark.line + 1, value
                        break
                else:
                    break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                break
        return line


def _parse_yaml(name: str, text: str) -> tuple[Any, _YamlLines | None]:
    try:
        loader = yaml.SafeLoader(text)  # checks every character first: YAML allows no control characters
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise _syntax(name, line, f"invalid YAML: a character YAML does not allow (#x{exc.character:04x})") from None
    # a syntax error, or an escape beyond U+10FFFF (a ValueError): the loader below reports it, with its line
    with contextlib.suppress(yaml.YAMLError, ValueError):
        _check_size(name, text)
    node = None
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _check_duplicate_keys(name, node, [])
        return loader.construct_document(node), _YamlLines(node)
    except ValueError:  # PyYAML's own: an escape beyond U+10FFFF ("\U10010000"), a date such as 2020-02-30
        if node is None:
            raise _syntax(name, loader.get_mark().line + 1, "invalid YAML: an escape that names no character") from None
        raise _syntax(name, _bad_date_line(loader, node), "invalid YAML: a date that does not exist") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in problem:
            tag = problem.rsplit(" ", 1)[-1]
            problem = f"the tag {tag} is not allowed: only plain values are read, and nothing in the file is run"
        raise _syntax(name, mark.line + 1 if mark else None, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise DataFileError(f"{name}: invalid YAML ({type(exc).__name__})", path=name) from None
    except RecursionError:
        raise DataFileError(f"{name}: refused: values are nested too deeply", path=name) from None
    finally:
        loader.dispose()


def _check_size(name: str, text: str) -> None:
    """Refuse YAML that nests too deeply or expands to too many values, before it is built.

    Anchors and aliases (``&a``, ``*a``) let a few lines stand for billions
    of values ("billion laughs"): PyYAML builds them as shared references,
    but walking or validating them takes exponential time. An alias to a
    collection that contains it would make a cycle. Deep nesting would
    exhaust the stack of PyYAML's recursive composer. This pass reads the
    parser's events, which needs no recursion, and counts the values each
    anchor stands for.
    """
    sizes: dict[str, int] = {}  # anchor -> the number of values it stands for
    open_anchors: set[str] = set()
    stack: list[list[Any]] = []  # the open collections: [anchor, values so far]
    total = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, count = stack.pop()
            if anchor:
                open_anchors.discard(anchor)
                sizes[anchor] = count
            if stack:
                stack[-1][1] += count
            continue
        if isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_YAML_DEPTH:
                raise _limit(name, event, f"values are nested more than {MAX_YAML_DEPTH} levels deep")
            if event.anchor:
                open_anchors.add(event.anchor)
            stack.append([event.anchor, 1])
            total += 1
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor in open_anchors:
                raise _limit(name, event, f"the alias *{event.anchor} refers to a value that contains it")
            count = sizes.get(event.anchor or "", 1)  # an unknown anchor: the loader reports it
            total += count
            if stack:
                stack[-1][1] += count
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor:
                sizes[event.anchor] = 1
            total += 1
            if stack:
                stack[-1][1] += 1
        if total > MAX_YAML_VALUES:
            raise _limit(
                name,
                event,
                f"the file stands for more than {MAX_YAML_VALUES:,} values (anchors and aliases repeat them); "
                "a profile has a few dozen",
            )


def _limit(name: str, event: yaml.Event, message: str) -> DataFileError:
    return _syntax(name, event.start_mark.line + 1 if event.start_mark else None, f"refused: {message}")


def _bad_date_line(loader: yaml.SafeLoader, root: yaml.Node) -> int | None:
    """The line of the first date YAML reads but the calendar does not have (2020-02-30)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:timestamp":
            try:
                loader.construct_yaml_timestamp(node)
            except ValueError:
                return node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in reversed(node.value) for item in reversed(pair))
    return None


def _check_duplicate_keys(name: str, node: yaml.Node, loc: list[str | int]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    field = field_path([*loc, key.value])
                    line = key.start_mark.line + 1
                    raise DataFileError(
                        f"{name}:{line}: {field}: the key is given twice",
                        path=name,
                        problems=[(field, line, "the key is given twice")],
                    )
                seen.add(key.value)
                _check_duplicate_keys(name, value, [*loc, key.value])
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _check_duplicate_keys(name, item, [*loc, index])


def _syntax(name: str, line: int | None, message: str) -> DataFileError:
    where = f"{name}:{line}" if line else name
    return DataFileError(f"{where}: {message}", path=name, problems=[(None, line, message)])


def _type_name(data: Any) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "true/false"}.get(type(data), "value")
