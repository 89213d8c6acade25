using BenchmarkDotNet.Running;

// Benchmarks of the hot stages. Run: dotnet run -c Release --project bench/Publish.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Publish.Bench.StageBenchmarks).Assembly).Run(args);
