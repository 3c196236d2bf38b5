"""The child-friendly awareness flow: interactive stories, a quiz and anonymous class results."""
