// Publish build script. Thin on purpose: every decision lives in src/Publish.
// Targets: Clean, Build, Test, Catalogue (default: builds every pamphlet in sources/ into artifacts/).

///////////////////////////////////////////////////////////////////////////////
// ARGUMENTS
///////////////////////////////////////////////////////////////////////////////

var target = Argument("target", "Catalogue");
var configuration = Argument("configuration", "Release");
var artifacts = Argument("artifacts", "artifacts");
var formats = Argument("formats", "");
var jobs = Argument("jobs", 0);

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
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = arguments });
    if (exitCode != 0) throw new CakeException(exitCode, $"publish build failed with exit code {exitCode}");
});

///////////////////////////////////////////////////////////////////////////////
// EXECUTION
///////////////////////////////////////////////////////////////////////////////

RunTarget(target);
