"""Where extraction runs while `add` writes: in this process, in worker processes, or on a Dask cluster."""
