using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeopleZonesAndWorkspaceHolidays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DefaultTimeZoneId",
                table: "Workspaces",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            // Edited by hand: existing people get a source that is a member of the enum, from the flag it
            // replaces – chosen in settings, else a zone other than the old default UTC came from the chat
            // client, else the bot knows no zone of theirs – before the flag's column goes.
            migrationBuilder.AddColumn<string>(
                name: "TimeZoneSource",
                table: "People",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Workspace");

            migrationBuilder.Sql("""UPDATE "People" SET "TimeZoneSource" = 'Settings' WHERE "TimeZoneChosen" = 1;""");
            migrationBuilder.Sql("""UPDATE "People" SET "TimeZoneSource" = 'ChatClient' WHERE "TimeZoneChosen" = 0 AND "TimeZoneId" <> 'UTC';""");

            migrationBuilder.DropColumn(
                name: "TimeZoneChosen",
                table: "People");

            migrationBuilder.CreateTable(
                name: "WorkspaceHolidays",
                columns: table => new
                {
                    Country = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkspaceHolidays", x => new { x.WorkspaceId, x.Country, x.Date });
                    table.ForeignKey(
                        name: "FK_WorkspaceHolidays_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkspaceHolidays");

            migrationBuilder.DropColumn(
                name: "DefaultTimeZoneId",
                table: "Workspaces");

            // Edited by hand: the flag comes back from the source before the source's column goes.
            migrationBuilder.AddColumn<bool>(
                name: "TimeZoneChosen",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("""UPDATE "People" SET "TimeZoneChosen" = 1 WHERE "TimeZoneSource" = 'Settings';""");

            migrationBuilder.DropColumn(
                name: "TimeZoneSource",
                table: "People");
        }
    }
}
