"""`djgen serve`: an HTTP service over the compiler and the page that uses it.

Paste a diagram, see it checked and drawn, download the project. Everything here is a thin
layer over what the command line already does (load, summarise, draw, plan, write); the web
stack is imported only by `djgen serve`, and only installed with the `serve` extra.
"""
