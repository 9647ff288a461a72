using InterviewBot.Tools.TeamsPackage;

// dotnet run --project tools/TeamsPackage -- --app-id <GUID> [--domain bot.contoso.com] [--out artifacts/interviewbot-teams.zip]
// dotnet run --project tools/TeamsPackage -- icons      (draws manifests/teams/color.png and outline.png again)
return Cli.Run(args, Console.Out, Console.Error);

namespace InterviewBot.Tools.TeamsPackage
{
    internal static class Cli
    {
        public const string Usage = """
            Writes the Teams app package for InterviewBot, ready to upload in Teams (Apps > Manage your apps > Upload an app).

              dotnet run --project tools/TeamsPackage -- --app-id <GUID> [--domain <host>] [--out <file.zip>]

              --app-id   the bot's Microsoft App ID (MicrosoftAppId), e.g. 2f3c1b1e-7a0d-4c5e-9a43-1f2e3d4c5b6a
              --domain   the host name of the messaging endpoint, e.g. interviewbot.contoso.com (validDomains, developer links)
              --out      where to write the zip (default: artifacts/interviewbot-teams.zip in the repository)

              dotnet run --project tools/TeamsPackage -- icons     draws manifests/teams/color.png and outline.png again
            """;

        public static int Run(string[] args, TextWriter output, TextWriter errors)
        {
            if (args is ["icons", ..]) return DrawIcons(args.Length > 2 && args[1] == "--out" ? args[2] : null, output);
            if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
            {
                output.WriteLine(Usage);
                return args.Length == 0 ? 1 : 0;
            }

            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] is not ("--app-id" or "--domain" or "--out" or "--manifest") || i + 1 >= args.Length)
                    return Fail(errors, $"Unexpected argument '{args[i]}'.");
                options[args[i]] = args[++i];
            }

            if (!options.TryGetValue("--app-id", out var appIdText) || !Guid.TryParseExact(appIdText, "D", out var appId))
                return Fail(errors, "--app-id must be the bot's Microsoft App ID, a GUID such as 2f3c1b1e-7a0d-4c5e-9a43-1f2e3d4c5b6a.");
            var domain = options.GetValueOrDefault("--domain");
            if (domain is not null && !TeamsAppPackage.IsHostName(domain))
                return Fail(errors, $"--domain must be a host name such as interviewbot.contoso.com (no https:// and no path), not '{domain}'.");

            var manifestFolder = options.GetValueOrDefault("--manifest") ?? Path.Combine(RepoRoot(), "manifests", "teams");
            var outPath = Path.GetFullPath(options.GetValueOrDefault("--out") ?? Path.Combine(RepoRoot(), "artifacts", "interviewbot-teams.zip"));
            Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
            try
            {
                using (var file = File.Create(outPath)) TeamsAppPackage.Write(manifestFolder, appId, domain, file);
            }
            catch (Exception invalid) when (invalid is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
            {
                File.Delete(outPath);
                return Fail(errors, invalid.Message);
            }
            output.WriteLine($"Wrote {outPath} (bot {appId}{(domain is null ? "" : $", {domain}")}). Upload it in Teams: Apps > Manage your apps > Upload an app.");
            return 0;
        }

        private static int DrawIcons(string? folder, TextWriter output)
        {
            folder ??= Path.Combine(RepoRoot(), "manifests", "teams");
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "color.png"), Icons.ColorPng());
            File.WriteAllBytes(Path.Combine(folder, "outline.png"), Icons.OutlinePng());
            output.WriteLine($"Drew color.png ({Icons.ColorSize}×{Icons.ColorSize}) and outline.png ({Icons.OutlineSize}×{Icons.OutlineSize}) in {folder}.");
            return 0;
        }

        private static int Fail(TextWriter errors, string message)
        {
            errors.WriteLine(message);
            errors.WriteLine("Run with --help for the options.");
            return 2;
        }

        /// <summary>The folder holding InterviewBot.sln, above the current directory or the tool itself.</summary>
        private static string RepoRoot()
        {
            foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "InterviewBot.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("Run this from inside the InterviewBot repository (no InterviewBot.sln found above the current folder).");
        }
    }
}
