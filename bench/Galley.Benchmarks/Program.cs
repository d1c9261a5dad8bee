using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Galley.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Galley.Benchmarks.IncrementalCheckBenchmarks).Assembly).Run(args);
