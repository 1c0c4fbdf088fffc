/**
 * The regievoerder's overview page ({@code /regie}) with its figures, and the households behind a figure
 * ({@code /regie/huishoudens}); beleid sees the figures without the lists.
 */
@org.jspecify.annotations.NullMarked
package nl.wegwijs.regie.web;
