using InterviewBot.Core.Ports;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

public sealed class DatabaseSettingsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>A content root that does not exist yet, in the test's temp folder.</summary>
    private readonly string _root;

    public DatabaseSettingsTests() => _root = Path.Combine(_folder.Path, "root");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_relative_data_source_lands_under_the_content_root_and_its_folder_is_created()
    {
        var resolved = DatabaseSettings.ResolveSqliteConnectionString("Data Source=data/interviewbot.db;Default Timeout=10", _root);

        var builder = new SqliteConnectionStringBuilder(resolved);
        Assert.Equal(Path.Combine(_root, "data", "interviewbot.db"), builder.DataSource);
        Assert.Equal(10, builder.DefaultTimeout);
        Assert.True(Directory.Exists(Path.Combine(_root, "data")));
    }

    [Fact]
    public void An_absolute_data_source_is_kept_where_it_is()
    {
        var file = Path.Combine(_root, "elsewhere", "bot.db");

        var resolved = DatabaseSettings.ResolveSqliteConnectionString($"Data Source={file}", Path.Combine(_root, "content"));

        Assert.Equal(file, new SqliteConnectionStringBuilder(resolved).DataSource);
        Assert.True(Directory.Exists(Path.Combine(_root, "elsewhere")));
    }

    [Fact]
    public void An_in_memory_database_is_left_alone()
    {
        var resolved = DatabaseSettings.ResolveSqliteConnectionString("Data Source=:memory:", _root);

        Assert.Equal(":memory:", new SqliteConnectionStringBuilder(resolved).DataSource);
        Assert.False(Directory.Exists(_root));
    }

    [Fact]
    public void An_unknown_provider_stops_startup_and_names_the_setting()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<SettingException>(() =>
            services.AddInterviewBotPersistence(new DatabaseSettings { Provider = "Oracle", ConnectionString = "Data Source=x.db" }));

        Assert.Contains("Database:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Oracle", error.Message, StringComparison.Ordinal);
        Assert.Contains(PersistenceProviders.Sqlite, error.Message, StringComparison.Ordinal);
        Assert.Contains(PersistenceProviders.Postgres, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    [InlineData("PostgreSQL")]
    [InlineData(" POSTGRESQL ")]
    public void Postgres_is_accepted_by_either_name_in_any_case_and_uses_its_own_migrations(string provider)
    {
        using var services = new ServiceCollection()
            .AddInterviewBotPersistence(new DatabaseSettings { Provider = provider, ConnectionString = "Host=127.0.0.1;Database=interviewbot;Username=bot" })
            .BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.IsType<PostgresInterviewBotDbContext>(scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("sqlite")]
    public void Sqlite_is_the_default_and_accepted_in_any_case(string provider)
    {
        using var services = new ServiceCollection()
            .AddInterviewBotPersistence(new DatabaseSettings { Provider = provider, ConnectionString = "Data Source=:memory:" })
            .BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.IsType<SqliteInterviewBotDbContext>(scope.ServiceProvider.GetRequiredService<InterviewBotDbContext>());
    }

    [Theory]
    [InlineData(DatabaseSettings.DefaultSqliteConnectionString)]
    [InlineData("Database=interviewbot;Username=bot")]
    [InlineData("Server Name=db;Frobnicate=yes")]
    public void Postgres_with_a_connection_string_that_names_no_server_stops_startup_and_names_the_setting(string connectionString)
    {
        var error = Assert.Throws<SettingException>(() =>
            new ServiceCollection().AddInterviewBotPersistence(new DatabaseSettings { Provider = "Postgres", ConnectionString = connectionString }));

        Assert.Contains("ConnectionStrings:InterviewBot", error.Message, StringComparison.Ordinal);
        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_connection_string_stops_startup_and_names_the_setting()
    {
        var error = Assert.Throws<SettingException>(() =>
            new ServiceCollection().AddInterviewBotPersistence(" "));

        Assert.Contains("ConnectionStrings:InterviewBot", error.Message, StringComparison.Ordinal);
    }
}
