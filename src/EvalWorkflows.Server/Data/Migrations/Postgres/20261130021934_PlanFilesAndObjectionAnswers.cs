using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanFilesAndObjectionAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ObjectionId",
                table: "stored_files",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PlanId",
                table: "stored_files",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Answer",
                table: "publicity_objections",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnsweredAt",
                table: "publicity_objections",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredBy",
                table: "publicity_objections",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_stored_files_ObjectionId",
                table: "stored_files",
                column: "ObjectionId");

            migrationBuilder.CreateIndex(
                name: "IX_stored_files_PlanId",
                table: "stored_files",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_stored_files_ObjectionId",
                table: "stored_files");

            migrationBuilder.DropIndex(
                name: "IX_stored_files_PlanId",
                table: "stored_files");

            migrationBuilder.DropColumn(
                name: "ObjectionId",
                table: "stored_files");

            migrationBuilder.DropColumn(
                name: "PlanId",
                table: "stored_files");

            migrationBuilder.DropColumn(
                name: "Answer",
                table: "publicity_objections");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "publicity_objections");

            migrationBuilder.DropColumn(
                name: "AnsweredBy",
                table: "publicity_objections");
        }
    }
}
