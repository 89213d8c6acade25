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
var publishDll = $"./src/Publish/bin/{configuration}/net10.0/publish.dll";

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
    .Description("Compiles the publish command line.")
    .Does(() =>
{
    DotNetBuild(project, new DotNetBuildSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Quiet, NoLogo = true });
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
    var arguments = new ProcessArgumentBuilder().AppendQuoted(publishDll).Append("build").Append("-o").AppendQuoted(artifacts);
    if (!string.IsNullOrEmpty(formats)) arguments.Append("--formats").Append(formats);
    if (jobs > 0) arguments.Append("--jobs").Append(jobs.ToString());
    if (!string.IsNullOrEmpty(shard)) arguments.Append("--shard").Append(shard);
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = arguments });
    if (exitCode != 0) throw new CakeException(exitCode, $"publish build failed with exit code {exitCode}");
});

Task("Merge")
    .Description("Writes artifacts/index.html and catalog.opds.xml over every pamphlet built into artifacts/ (after --shard builds).")
    .IsDependentOn("Build")
    .Does(() =>
{
    var arguments = new ProcessArgumentBuilder().AppendQuoted(publishDll).Append("catalogue").Append("-o").AppendQuoted(artifacts);
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = arguments });
    if (exitCode != 0) throw new CakeException(exitCode, $"publish catalogue failed with exit code {exitCode}");
});

///////////////////////////////////////////////////////////////////////////////
// EXECUTION
///////////////////////////////////////////////////////////////////////////////

RunTarget(target);
