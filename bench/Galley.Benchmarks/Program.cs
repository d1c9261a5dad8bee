using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Galley.Benchmarks;

// dotnet run -c Release --project bench/Galley.Benchmarks -- --filter '*'            full BenchmarkDotNet runs
// dotnet run -c Release --project bench/Galley.Benchmarks -- --short --filter '*'    ShortRun job (3 iterations)
// dotnet run -c Release --project bench/Galley.Benchmarks -- --smoke --filter '*'    Dry job: each benchmark once (CI)
// dotnet run -c Release --project bench/Galley.Benchmarks -- targets [--words N]     warm throughput and scaling targets
// dotnet run -c Release --project bench/Galley.Benchmarks -- allocation [--words N] [--types]  allocated bytes per token, path by path (and by type)
// dotnet run -c Release --project bench/Galley.Benchmarks -- startup                 each dataset's first load, in order
// Text: GALLEY_BENCH_TEXT=brown.txt (else a synthetic novel), GALLEY_BENCH_WORDS=100000.
if (args.Length > 0 && args[0] == "startup")
    return Startup.Run();
if (args.Length > 0 && args[0] == "allocation")
    return Allocation.Run(args[1..]);
if (args.Length > 0 && args[0] == "targets")
    return Targets.Run(args[1..]);

Job? job = args.Contains("--smoke") ? Job.Dry : args.Contains("--short") ? Job.ShortRun : null;
var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
if (job is not null) config = config.AddJob(job);
var rest = args.Where(a => a is not "--smoke" and not "--short").ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchText).Assembly).Run(rest, config);
return 0;
