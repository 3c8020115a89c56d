"""`meemo completion bash|zsh`: a static completion script generated from the argparse parser.

The script carries the command tree as shell `case` tables (commands, options,
options that take a value, their choices) and a small front-end per shell that
finds the command path in the words typed so far. Nothing runs `meemo` while
completing, so completion is instant and needs no Python at that moment.
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Iterator

from meemo_sdk._version import __version__

_DIRECTORY_OPTIONS = frozenset({"--dir"})
_DIRS = "__dirs__"


class _Node:
    def __init__(self, path: str, parser: argparse.ArgumentParser) -> None:
        self.path = path
        self.words: list[str] = []  # subcommands, and the choices of a positional argument
        self.options: list[str] = []
        self.valued: list[str] = []  # options followed by a value
        self.values: dict[str, list[str]] = {}
        self.children: list[_Node] = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    self.words.append(name)
                    self.children.append(_Node(f"{path} {name}".strip(), child))
            elif action.option_strings:
                self.options += [o for o in action.option_strings if o.startswith("--")]
                if action.nargs != 0:
                    long = [o for o in action.option_strings if o.startswith("--")]
                    self.valued += action.option_strings
                    for option in long:
                        if option in _DIRECTORY_OPTIONS:
                            self.values[option] = [_DIRS]
                        elif action.choices:
                            self.values[option] = [str(c) for c in action.choices]
            elif action.choices:
                self.words += [str(c) for c in action.choices]

    def walk(self) -> Iterator[_Node]:
        yield self
        for child in self.children:
            yield from child.walk()


def _words(values: list[str]) -> str:
    return shlex.quote(" ".join(values))


def _tables(root: _Node) -> str:
    nodes = list(root.walk())
    lines = ["_meemo_words() {", '    case "$1" in']
    lines += [f"        {shlex.quote(n.path)}) echo {_words(n.words)} ;;" for n in nodes if n.words]
    lines += ["    esac", "}", "_meemo_options() {", '    case "$1" in']
    lines += [f"        {shlex.quote(n.path)}) echo {_words(n.options)} ;;" for n in nodes]
    lines += ["    esac", "}", "_meemo_valued() {", '    case "$1" in']
    lines += [f"        {shlex.quote(n.path)}) echo {_words(n.valued)} ;;" for n in nodes]
    lines += ["    esac", "}", "_meemo_values() {", '    case "$1|$2" in']
    for node in nodes:
        for option, values in node.values.items():
            key = shlex.quote(f"{node.path}|{option}")
            lines.append(f"        {key}) echo {_words(values)} ;;")
    lines += ["    esac", "}"]
    return "\n".join(lines)


# Finds the command path in words 1..CWORD-1: subcommands extend it, an option that
# takes a value skips that value, anything else (an ID, --opt=value) is passed over.
_PATH_LOOP = """\
    local cmdpath="" skip=0 w
    for w in "${typed[@]}"; do
        if [ "$skip" = 1 ]; then skip=0; continue; fi
        case "$w" in
            --*=*) ;;
            -*) case " $(_meemo_valued "$cmdpath") " in *" $w "*) skip=1 ;; esac ;;
            *) case " $(_meemo_words "$cmdpath") " in
                   *" $w "*) cmdpath="${cmdpath:+$cmdpath }$w" ;;
               esac ;;
        esac
    done"""

_BASH = f"""\
_meemo() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local typed=("${{COMP_WORDS[@]:1:COMP_CWORD-1}}")
{_PATH_LOOP}
    COMPREPLY=()
    if [ "$skip" = 1 ]; then
        local values
        values="$(_meemo_values "$cmdpath" "$prev")"
        if [ "$values" = {_DIRS} ]; then
            COMPREPLY=($(compgen -d -- "$cur"))
        elif [ -n "$values" ]; then
            COMPREPLY=($(compgen -W "$values" -- "$cur"))
        fi
    elif [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "$(_meemo_options "$cmdpath")" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$(_meemo_words "$cmdpath")" -- "$cur"))
    fi
}}
complete -F _meemo meemo
"""

_ZSH = f"""\
_meemo() {{
    local cur="${{words[CURRENT]}}" prev="${{words[CURRENT-1]}}"
    local -a typed
    typed=("${{(@)words[2,CURRENT-1]}}")
{_PATH_LOOP}
    local -a choices
    if [ "$skip" = 1 ]; then
        local values
        values="$(_meemo_values "$cmdpath" "$prev")"
        if [ "$values" = {_DIRS} ]; then
            _files -/
            return
        fi
        choices=(${{=values}})
    elif [[ "$cur" == -* ]]; then
        choices=(${{=$(_meemo_options "$cmdpath")}})
    else
        choices=(${{=$(_meemo_words "$cmdpath")}})
    fi
    compadd -- "${{choices[@]}}"
}}
if (( $+functions[compdef] )); then
    compdef _meemo meemo
fi
"""


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    """The completion script for `shell` (`bash` or `zsh`), for the commands of `parser`."""
    front = {"bash": _BASH, "zsh": _ZSH}[shell]
    head = "#compdef meemo\n" if shell == "zsh" else ""
    head += (
        f"# {shell} completion for meemo (meemo-sdk {__version__}), "
        f"generated by `meemo completion {shell}`.\n"
        f"# Use it with: source <(meemo completion {shell})\n"
    )
    return f"{head}{_tables(_Node('', parser))}\n{front}"
