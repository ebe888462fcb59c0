"""Reading sources in batches and writing results: tables, JSON, CSV, Markdown, HTML, Dask."""
