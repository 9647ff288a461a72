using InterviewBot.Core.Domain;
using InterviewBot.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Persistence.Tests;

/// <summary>
/// The workspace's calendar (its default zone, the days off it added) and where each person's zone came
/// from are stored, read back, noticed as changes that move nudges, and carried over by the migration.
/// </summary>
public abstract class WorkspaceCalendarStoreTests(TestDatabaseKind kind) : IAsyncLifetime
{
    private static readonly DateOnly OrthodoxChristmas = new(2027, 1, 7);
    private readonly TestDatabase _database = new(kind);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task A_workspaces_default_zone_and_added_holidays_and_a_persons_given_zone_come_back_after_a_restart()
    {
        var (workspace, rita) = await Seed.WorkspaceWithPersonAsync(_database);
        await InScopeAsync(async s =>
        {
            var stored = await s.GetRequiredService<IWorkspaces>().GetAsync(workspace.Id);
            stored!.UseDefaultTimeZone("Asia/Kolkata");
            stored.AddHoliday("UA", OrthodoxChristmas, "Orthodox Christmas");
            stored.AddHoliday("IN", new DateOnly(2027, 1, 26), "Republic Day");
            var person = await s.GetRequiredService<IPeople>().GetAsync(workspace.Id, rita.Id);
            person!.AdoptGivenTimeZone("America/New_York");
            await s.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        await _database.RestartAsync();

        await InScopeAsync(async s =>
        {
            var loaded = await s.GetRequiredService<IWorkspaces>().GetAsync(workspace.Id);
            Assert.Equal("Asia/Kolkata", loaded!.DefaultTimeZoneId);
            Assert.Equal([(OrthodoxChristmas, "Orthodox Christmas")], loaded.Holidays.Where(h => h.Country == "UA").Select(h => (h.Date, h.Name)));
            Assert.Equal([OrthodoxChristmas], loaded.HolidaysOf("ua"));
            var person = await s.GetRequiredService<IPeople>().GetAsync(workspace.Id, rita.Id);
            Assert.Equal(("America/New_York", TimeZoneSource.Api), (person!.TimeZoneId, person.TimeZoneSource));
        });
    }

    [DatabaseFact]
    public async Task Adding_or_removing_a_holiday_or_changing_the_default_zone_is_a_change_that_moves_the_workspaces_nudges()
    {
        var (workspace, _) = await Seed.WorkspaceWithPersonAsync(_database);

        Assert.Equal([workspace.Id], await PendingAsync(w => w.AddHoliday("UA", OrthodoxChristmas, "Orthodox Christmas")));
        Assert.Equal([workspace.Id], await PendingAsync(w => w.AddHoliday("UA", OrthodoxChristmas, "Christmas")));
        Assert.Equal([workspace.Id], await PendingAsync(w => w.RemoveHoliday("UA", OrthodoxChristmas)));
        Assert.Equal([workspace.Id], await PendingAsync(w => w.UseDefaultTimeZone("Europe/Kyiv")));
        Assert.Empty(await PendingAsync(w => w.ShowNamesInChannelPosts(true)));

        async Task<Guid[]> PendingAsync(Action<Workspace> change) => await InScopeAsync(async s =>
        {
            var stored = await s.GetRequiredService<IWorkspaces>().GetAsync(workspace.Id);
            change(stored!);
            var unitOfWork = s.GetRequiredService<IUnitOfWork>();
            var pending = unitOfWork.Pending().RecalendaredWorkspaces.Select(w => w.Id).ToArray();
            await unitOfWork.SaveChangesAsync();
            return pending;
        });
    }

    [DatabaseFact]
    public async Task The_migration_keeps_a_zone_chosen_in_settings_and_one_the_chat_client_reported()
    {
        var (workspace, chose) = await Seed.WorkspaceWithPersonAsync(_database);
        var detected = await Seed.PersonAsync(_database, workspace, "U-DETECTED", "Dee Tected");
        var unknown = await Seed.PersonAsync(_database, workspace, "U-UNKNOWN", "Una Known");
        await InScopeAsync(async s =>
        {
            var people = s.GetRequiredService<IPeople>();
            (await people.GetAsync(workspace.Id, chose.Id))!.ChangeWorkingTime("Asia/Tokyo", new TimeOnly(8, 0), new TimeOnly(17, 0), WorkingDays.MondayToFriday, null);
            (await people.GetAsync(workspace.Id, detected.Id))!.AdoptDetectedTimeZone("Europe/Berlin");
            await s.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        // Back to the schema before the zone's source was stored (one flag: chosen or not), and forward again.
        await using (var db = _database.NewContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("PendingErasures");
            await migrator.MigrateAsync();
        }

        await InScopeAsync(async s =>
        {
            var people = s.GetRequiredService<IPeople>();
            Assert.Equal(("Asia/Tokyo", TimeZoneSource.Settings), Zone(await people.GetAsync(workspace.Id, chose.Id)));
            Assert.Equal(("Europe/Berlin", TimeZoneSource.ChatClient), Zone(await people.GetAsync(workspace.Id, detected.Id)));
            Assert.Equal(("UTC", TimeZoneSource.Workspace), Zone(await people.GetAsync(workspace.Id, unknown.Id)));
        });
    }

    private static (string, TimeZoneSource) Zone(Person? person) => (person!.TimeZoneId, person.TimeZoneSource);

    private async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = _database.NewScope();
        await work(scope.ServiceProvider);
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _database.NewScope();
        return await work(scope.ServiceProvider);
    }

    public sealed class OnSqlite() : WorkspaceCalendarStoreTests(TestDatabaseKind.Sqlite);

    public sealed class OnPostgres() : WorkspaceCalendarStoreTests(TestDatabaseKind.Postgres), IRunsOnPostgres;
}
