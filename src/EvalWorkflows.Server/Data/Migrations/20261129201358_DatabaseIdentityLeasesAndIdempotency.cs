using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class DatabaseIdentityLeasesAndIdempotency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LeaseEndsAt",
                table: "notices",
                type: "INTEGER",
                nullable: true);

            // A notice being sent when the server was upgraded keeps its lease, now in its own column.
            migrationBuilder.Sql("UPDATE notices SET LeaseEndsAt = NextAttemptAt WHERE Status = 'Sending';");

            migrationBuilder.CreateTable(
                name: "database_identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HeartbeatAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_database_identity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_records", x => new { x.Endpoint, x.Key });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "database_identity");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "LeaseEndsAt",
                table: "notices");
        }
    }
}
