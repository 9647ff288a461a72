using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HiringManager : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DecisionAskedUtc",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiringManagerEmail",
                table: "Interviews",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiringManagerName",
                table: "Interviews",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HiringManagerPersonId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiringManagerTimeZone",
                table: "Interviews",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiringManagerUserId",
                table: "Interviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerAnswer",
                table: "Interviews",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ManagerAnsweredUtc",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagerNote",
                table: "Interviews",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_HiringManagerPersonId",
                table: "Interviews",
                column: "HiringManagerPersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Interviews_HiringManagerPersonId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "DecisionAskedUtc",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "HiringManagerEmail",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "HiringManagerName",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "HiringManagerPersonId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "HiringManagerTimeZone",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "HiringManagerUserId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "ManagerAnswer",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "ManagerAnsweredUtc",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "ManagerNote",
                table: "Interviews");
        }
    }
}
