/** Says that a coverage or a path rests on a link no quote states (drawn dashed in the graph). */
export function InferredTag() {
  return (
    <span
      className="how how--inferred"
      title="Rests on a link no quote states (dashed in the graph)"
    >
      inferred
    </span>
  );
}
