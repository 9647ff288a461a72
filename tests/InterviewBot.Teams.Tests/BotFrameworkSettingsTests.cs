using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;

namespace InterviewBot.Teams.Tests;

/// <summary>
/// The Bot Framework settings as an operator writes them (appsettings or environment): a combination
/// that cannot work stops startup with a message naming the setting to fix.
/// </summary>
public class BotFrameworkSettingsTests
{
    public static TheoryData<string?, string?, string?, string?, string> BadSettings => new()
    {
        // app id, secret, app type, tenant id → the setting the message names
        { null, null, "Multitenant-ish", null, "MicrosoftAppType" },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", null, null, null, "MicrosoftAppPassword" },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", "   ", "MultiTenant", null, "MicrosoftAppPassword" },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", null, "SingleTenant", "9188040d-6c67-4c5b-b112-36a304b66dad", "MicrosoftAppPassword" },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", "s3cret", "SingleTenant", null, "MicrosoftAppTenantId" },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", null, "UserAssignedMSI", "", "MicrosoftAppTenantId" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_combination_that_cannot_work_stops_startup_naming_the_setting(string? appId, string? password, string? appType, string? tenantId, string setting)
    {
        var settings = Read(appId, password, appType, tenantId);

        var error = Assert.Throws<SettingException>(settings.Validate);

        Assert.StartsWith($"Setting {setting} ", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string?, string?, string?, string?> GoodSettings => new()
    {
        { null, null, null, null },
        { "", "left over", "SingleTenant", null },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", "s3cret", null, null },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", "s3cret", "MultiTenant", null },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", "s3cret", "SingleTenant", "9188040d-6c67-4c5b-b112-36a304b66dad" },
        { "b1e2c3d4-0000-4000-8000-00000000a1d0", null, "UserAssignedMSI", "9188040d-6c67-4c5b-b112-36a304b66dad" },
    };

    [Theory]
    [MemberData(nameof(GoodSettings))]
    public void A_working_combination_starts(string? appId, string? password, string? appType, string? tenantId)
    {
        var settings = Read(appId, password, appType, tenantId);

        var error = Record.Exception(settings.Validate);

        Assert.Null(error);
    }

    [Fact]
    public void With_no_app_id_the_bot_runs_in_local_mode_as_a_multi_tenant_bot()
    {
        var settings = Read(null, null, null, null);

        Assert.True(settings.IsAuthenticationOff);
        Assert.Equal("MultiTenant", settings.AppType);
    }

    [Fact]
    public void With_an_app_id_the_bot_is_not_in_local_mode()
    {
        Assert.False(Read("b1e2c3d4-0000-4000-8000-00000000a1d0", "s3cret", null, null).IsAuthenticationOff);
    }

    private static BotFrameworkSettings Read(string? appId, string? password, string? appType, string? tenantId) =>
        BotFrameworkSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [BotFrameworkSettings.AppIdKey] = appId,
            [BotFrameworkSettings.AppPasswordKey] = password,
            [BotFrameworkSettings.AppTypeKey] = appType,
            [BotFrameworkSettings.TenantIdKey] = tenantId,
        }).Build());
}
