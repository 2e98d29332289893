using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class EngineTokenLocalsAndSignalSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LocalsJson",
                table: "wf_tokens",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "wf_subscriptions",
                type: "TEXT",
                nullable: false,
                // Every subscription before signals existed waits for a message.
                defaultValue: "Message");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LocalsJson",
                table: "wf_tokens");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "wf_subscriptions");
        }
    }
}
