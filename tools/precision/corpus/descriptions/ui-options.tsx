// The options of a model picker: labels for people, values that the server maps to a call elsewhere.
const OPTIONS = [
  { value: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0', label: 'Claude Haiku 4.5 — EU data residency' }, // expect: none
  { value: 'jp.anthropic.claude-haiku-4-5-20251001-v1:0', label: 'Claude Haiku 4.5 — Japan' }, // expect: none
  { value: 'global.anthropic.claude-haiku-4-5-20251001-v1:0', label: 'Claude Haiku 4.5 — global' }, // expect: none
  { value: 'amazon.nova-micro-v1:0', label: 'Nova Micro' }, // expect: none
];

export function ModelPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)}>
      {OPTIONS.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      <option value="au.anthropic.claude-haiku-4-5-20251001-v1:0">Claude Haiku 4.5 — Australia</option> {/* expect: none */}
    </select>
  );
}
