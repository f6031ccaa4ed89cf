"""The command table names every sub-command the parser knows, and no more."""

from composer.cli import COMMANDS, build_parser


def test_the_command_table_matches_the_registered_sub_commands() -> None:
    parser = build_parser()
    registered = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(registered) == set(COMMANDS)
