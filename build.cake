// Publish build script. Thin on purpose: every decision lives in src/Publish.
// Targets: Clean, Build, Test, Catalogue (default: builds every pamphlet in sources/ into artifacts/),
// Merge (writes the catalogue page and OPDS feed over shards gathered into artifacts/).
// A CI job matrix: `dotnet cake --shard=K/N` on each runner, then `dotnet cake --target=Merge`
// once the runners' artifacts/ are gathered (docs/ci/ has GitHub Actions and GitLab CI examples).

///////////////////////////////////////////////////////////////////////////////
// ARGUMENTS
///////////////////////////////////////////////////////////////////////////////

var target = Argument("target", "Catalogue");
var configuration = Argument("configuration", "Release");
var artifacts = Argument("artifacts", "artifacts");
var formats = Argument("formats", "");
var jobs = Argument("jobs", 0);
var shard = Argument("shard", "");        // K/N: build only the K-th of N slices (publish build --shard)

///////////////////////////////////////////////////////////////////////////////
// SETUP
///////////////////////////////////////////////////////////////////////////////

var solution = File("./Publish.sln");
var project = File("./src/Publish/Publish.csproj");
var builtDll = $"./src/Publish/bin/{configuration}/net10.0/publish.dll";
var nativeDir = "./src/Publish/bin/Native";
var readyToRunDir = "./src/Publish/bin/ReadyToRun";
// `publish` compiled to a native executable (Native AOT) for this machine: no runtime to start and
// nothing compiled while it runs, so the five pamphlets build in about half a second
// (bench/README.md). Where the native tool chain is missing (it needs a C linker, gcc or clang),
// ReadyToRun (precompiled IL, started by `dotnet`), then a plain build, are the fallbacks.
var publishTool = "dotnet";
var publishPrefix = builtDll;    // the first argument: the dll for `dotnet`, nothing for the executable

/// <summary>True when <paramref name="built"/> exists and no source of the project (outside bin/ and obj/) is newer.</summary>
bool NewerThanSources(string built)
{
    if (!System.IO.File.Exists(built)) return false;
    var madeAt = System.IO.File.GetLastWriteTimeUtc(built);
    var projectDir = System.IO.Path.GetFullPath("./src/Publish");
    var sep = System.IO.Path.DirectorySeparatorChar;
    return System.IO.Directory.EnumerateFiles(projectDir, "*", System.IO.SearchOption.AllDirectories)
        .Where(f => !f.StartsWith($"{projectDir}{sep}bin{sep}") && !f.StartsWith($"{projectDir}{sep}obj{sep}"))
        .All(f => System.IO.File.GetLastWriteTimeUtc(f) <= madeAt);
}

/// <summary>The arguments that start `publish`: the dll when it runs on `dotnet`, none for the native executable.</summary>
ProcessArgumentBuilder PublishArguments()
{
    var arguments = new ProcessArgumentBuilder();
    return publishPrefix.Length > 0 ? arguments.AppendQuoted(publishPrefix) : arguments;
}

///////////////////////////////////////////////////////////////////////////////
// TASKS
///////////////////////////////////////////////////////////////////////////////

Task("Clean")
    .Description("Removes artifacts/ and the build outputs.")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Quiet });
});

Task("Build")
    .Description("Compiles the publish command line: native (AOT) for this machine when it can be, else ReadyToRun, else plain.")
    .Does(() =>
{
    var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
    var native = System.IO.Path.GetFullPath($"{nativeDir}/publish");
    // Linking the native executable takes about a minute, and MSBuild redoes it on every publish:
    // skip it when no file of the project changed since the executable was made.
    if (NewerThanSources(native))
    {
        Information("publish is up to date (native)");
        publishTool = native;
        publishPrefix = "";
        return;
    }
    try
    {
        DotNetPublish(project, new DotNetPublishSettings
        {
            Configuration = configuration, Runtime = rid, OutputDirectory = nativeDir,
            Verbosity = DotNetVerbosity.Quiet, NoLogo = true,
            MSBuildSettings = new DotNetMSBuildSettings().WithProperty("PublishAot", "true"),
        });
        publishTool = native;
        publishPrefix = "";
        return;
    }
    catch (Exception e)
    {
        Warning($"Native AOT publish for {rid} failed ({e.Message}); trying ReadyToRun, which starts slower.");
    }
    try
    {
        DotNetPublish(project, new DotNetPublishSettings
        {
            Configuration = configuration, Runtime = rid, SelfContained = false, OutputDirectory = readyToRunDir,
            Verbosity = DotNetVerbosity.Quiet, NoLogo = true,
            MSBuildSettings = new DotNetMSBuildSettings().WithProperty("PublishReadyToRun", "true"),
        });
        publishPrefix = $"{readyToRunDir}/publish.dll";
    }
    catch (Exception e)
    {
        Warning($"ReadyToRun publish for {rid} failed ({e.Message}); using a plain build, which starts slower.");
        DotNetBuild(project, new DotNetBuildSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Quiet, NoLogo = true });
        publishPrefix = builtDll;
    }
});

Task("Test")
    .Description("Runs the test suite (the same command as 'dotnet test').")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoLogo = true });
});

Task("Catalogue")
    .Description("Builds every pamphlet in sources/ into artifacts/ (EPUB, PDFs, booklet, covers, catalogue).")
    .IsDependentOn("Build")
    .Does(() =>
{
    var arguments = PublishArguments().Append("build").Append("-o").AppendQuoted(artifacts);
    if (!string.IsNullOrEmpty(formats)) arguments.Append("--formats").Append(formats);
    if (jobs > 0) arguments.Append("--jobs").Append(jobs.ToString());
    if (!string.IsNullOrEmpty(shard)) arguments.Append("--shard").Append(shard);
    var exitCode = StartProcess(publishTool, new ProcessSettings { Arguments = arguments });
    if (exitCode != 0) throw new CakeException(exitCode, $"publish build failed with exit code {exitCode}");
});

Task("Merge")
    .Description("Writes artifacts/index.html and catalog.opds.xml over every pamphlet built into artifacts/ (after --shard builds).")
    .IsDependentOn("Build")
    .Does(() =>
{
    var arguments = PublishArguments().Append("catalogue").Append("-o").AppendQuoted(artifacts);
    var exitCode = StartProcess(publishTool, new ProcessSettings { Arguments = arguments });
    if (exitCode != 0) throw new CakeException(exitCode, $"publish catalogue failed with exit code {exitCode}");
});

///////////////////////////////////////////////////////////////////////////////
// EXECUTION
///////////////////////////////////////////////////////////////////////////////

RunTarget(target);
