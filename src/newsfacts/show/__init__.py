"""``newsfacts show``: the facts of an article highlighted in its text, then listed in tables.

``facts`` holds what both views share (highlights, their nesting, the fact tables); ``terminal``
and ``html`` are the two views; ``command`` is the click command.
"""

from newsfacts.show.command import show

__all__ = ["show"]
