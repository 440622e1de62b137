"""`djgen update`: regenerate after the model changed, keeping every edit of the user.

The previous output is the merge base, the user's files are "yours", the new output is
"djgen's"; each file is merged three ways (`merge.py`) as `decide.py` says, migrations are never
merged but followed by the next one, and `run.py` stages the result and moves it into place.
"""
