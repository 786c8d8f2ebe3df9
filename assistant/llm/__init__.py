"""An optional language model: backends, prompts, and prose grounded in the quotes and held to the stances."""
