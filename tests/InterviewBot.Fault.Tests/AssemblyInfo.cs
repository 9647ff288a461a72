// Each test runs the host as a process of its own and loads it hard: one at a time, so none of them
// starves another of the machine's cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
