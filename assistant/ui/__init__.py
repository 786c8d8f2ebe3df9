"""What the web UI renders (app.py at the top level builds the Gradio app)."""
