/** Always visible: answers come from an AI system and the reader must check them (EU AI Act, art. 50). */
import { useMessages } from '../app/services.tsx';
import { Alert } from '../ui/alert.tsx';

export function AiNotice() {
  const messages = useMessages();
  return (
    <Alert type="info" title={messages.aiNotice.title} level={2} className="vraagbaak-ai-notice">
      <p className="utrecht-paragraph">{messages.aiNotice.text}</p>
    </Alert>
  );
}
